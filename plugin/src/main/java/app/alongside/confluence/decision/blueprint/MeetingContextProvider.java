package app.alongside.confluence.decision.blueprint;

import app.alongside.text.Messages;
import app.alongside.time.LenientDates;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Fills the co-produced meeting template from its wizard page: the meeting's date (blank means today; any date a
 * person in the UK would write is read by core's {@link LenientDates}) and the group's name. Sets the page title to
 * "Group meeting — 14 October 2026". A date that cannot be read is kept as typed, so nothing is lost and the
 * person can correct it on the page. The page starts with the meeting record macro, dated from the wizard (ISO 8601
 * when the date was read), so the charter's "the chair rotates" can find it once someone names who chaired.
 */
public final class MeetingContextProvider extends AbstractBlueprintContextProvider {

    /** Wizard fields (the names in the Soy form). */
    static final String DATE_FIELD = "meetingDate";
    static final String GROUP_FIELD = "groupName";

    /** Template variables. */
    static final String MEETING_DATE = "meetingDate";
    /** The meeting macro's {@code date} parameter: {@code 2026-10-14}, or the date as typed if it cannot be read. */
    static final String MEETING_DATE_PARAMETER = "meetingDateParameter";
    static final String GROUP_NAME = "groupName";

    static final int MAX_GROUP_LENGTH = 100;
    static final int MAX_DATE_LENGTH = 60;

    private final Messages messages;
    private final Clock clock;

    @Inject
    public MeetingContextProvider(Messages messages) {
        this(messages, Clock.systemDefaultZone());
    }

    MeetingContextProvider(Messages messages, Clock clock) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        String typedDate = WizardFields.line(context.getMap(), DATE_FIELD, MAX_DATE_LENGTH);
        String group = WizardFields.line(context.getMap(), GROUP_FIELD, MAX_GROUP_LENGTH);
        Optional<LocalDate> date = typedDate.isEmpty() ? Optional.of(LocalDate.now(clock)) : LenientDates.parse(typedDate);

        String dateText = date.map(WizardFields.LONG_DATE::format).orElse(typedDate);
        context.put(MEETING_DATE, dateText);
        context.put(MEETING_DATE_PARAMETER, date.map(LenientDates::iso).orElse(typedDate));
        context.put(GROUP_NAME, group);
        context.setTitle(group.isEmpty()
                ? messages.text("alongside.blueprint.meeting.page.title.nogroup", dateText)
                : messages.text("alongside.blueprint.meeting.page.title", group, dateText));
        return context;
    }
}
