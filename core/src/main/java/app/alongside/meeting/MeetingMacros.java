package app.alongside.meeting;

/** The name and parameters of the meeting macro in page storage. Permanent once released. */
public final class MeetingMacros {

    public static final String MEETING = "alongside-meeting";

    /** The day the meeting was held, in any form {@link app.alongside.time.LenientDates} reads. */
    public static final String DATE = "date";

    private MeetingMacros() {
    }
}
