package app.alongside.reciprocity;

/**
 * What a facilitator typed about time given, as typed (so a form with problems can be shown again unchanged): the
 * day, the activity, the time ("1.5 hours", "90 min", "1:30") and the id of the meeting page it came from, if any.
 */
public record TimeForm(String date, String activity, String time, String meetingPageId) {

    public TimeForm {
        date = date == null ? "" : date;
        activity = activity == null ? "" : activity;
        time = time == null ? "" : time;
        meetingPageId = meetingPageId == null ? "" : meetingPageId;
    }
}
