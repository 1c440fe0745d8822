package app.alongside.reciprocity;

import app.alongside.time.LenientDates;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what people type into ledger values or problems, never exceptions: each problem names its field
 * ({@value #DATE}, {@value #ACTIVITY}, {@value #TIME}, {@value #MEETING}, {@value #TYPE}, {@value #AMOUNT},
 * {@value #STATE}, {@value #PAID_ON}) and echoes, briefly, what was typed.
 */
public final class LedgerForms {

    public static final String PEOPLE = "people";
    public static final String DATE = "date";
    public static final String ACTIVITY = "activity";
    public static final String TIME = "time";
    public static final String MEETING = "meeting";
    public static final String TYPE = "type";
    public static final String AMOUNT = "amount";
    public static final String STATE = "state";
    public static final String PAID_ON = "paidOn";

    private static final int MAX_ECHO = 40;
    private static final Pattern HOURS_AND_MINUTES = Pattern.compile(
            "^(\\d+(?:\\.\\d+)?)\\s*(?:h|hr|hrs|hour|hours)\\b\\s*(?:(?:and\\s+)?(\\d+)\\s*(?:m|min|mins|minute|minutes))?$");
    private static final Pattern MINUTES = Pattern.compile("^(\\d+)\\s*(?:m|min|mins|minute|minutes)$");
    private static final Pattern CLOCK = Pattern.compile("^(\\d{1,2}):([0-5]\\d)$");
    private static final Pattern NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)?$");
    private static final Pattern POUNDS = Pattern.compile("^\\d{1,9}(?:\\.\\d{1,2})?$");
    private static final Pattern PENCE = Pattern.compile("^(\\d{1,9})\\s*p$");

    private LedgerForms() {
    }

    /** The parts of {@link TimeGiven} a person types. */
    public record TimeParts(LocalDate on, String activity, int minutes, OptionalLong meetingPageId) {
    }

    /** Time given: a day (ISO or UK, not after {@code today}), an activity, 1 minute to 24 hours. */
    public static Validated<TimeParts> time(TimeForm form, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        Optional<LocalDate> on = date(form.date(), DATE, problems);
        if (on.isPresent() && on.get().isAfter(today)) {
            problems.add(Problem.of(DATE, "alongside.ledger.error.date.future"));
        }
        String activity = clean(form.activity());
        if (activity.isEmpty()) {
            problems.add(Problem.of(ACTIVITY, "alongside.ledger.error.activity.missing"));
        } else if (activity.codePointCount(0, activity.length()) > TimeGiven.MAX_ACTIVITY) {
            problems.add(Problem.of(ACTIVITY, "alongside.ledger.error.activity.tooLong", TimeGiven.MAX_ACTIVITY));
        }
        OptionalInt minutes = minutes(form.time());
        if (minutes.isEmpty()) {
            problems.add(Problem.of(TIME, "alongside.ledger.error.time", echo(form.time())));
        } else if (minutes.getAsInt() < 1 || minutes.getAsInt() > TimeGiven.MAX_MINUTES) {
            problems.add(Problem.of(TIME, "alongside.ledger.error.time.range", echo(form.time())));
        }
        OptionalLong meeting = OptionalLong.empty();
        String typedMeeting = form.meetingPageId().strip();
        if (!typedMeeting.isEmpty()) {
            if (typedMeeting.matches("[1-9]\\d{0,17}")) {
                meeting = OptionalLong.of(Long.parseLong(typedMeeting));
            } else {
                problems.add(Problem.of(MEETING, "alongside.ledger.error.meeting"));
            }
        }
        if (!problems.isEmpty()) {
            return Validated.invalid(problems);
        }
        return Validated.valid(new TimeParts(on.get(), activity, minutes.getAsInt(), meeting));
    }

    /**
     * Recognition for time given on {@code given}: a known type; an amount for payments, vouchers and expenses (more
     * than nothing, at most £5,000) and none for the rest; owed or paid; the day paid, if paid (today if left blank;
     * not before {@code given}, not after {@code today}). Declining is settled on the day given unless a day is typed.
     */
    public static Validated<Recognition> recognition(RecognitionForm form, LocalDate given, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        Optional<RecognitionType> type = RecognitionType.fromCode(form.type());
        if (type.isEmpty()) {
            problems.add(Problem.of(TYPE, "alongside.ledger.error.type", echo(form.type())));
        }
        long pence = 0;
        String typedAmount = form.amount().strip();
        if (type.isPresent() && type.get().monetary()) {
            OptionalLong parsed = pence(typedAmount, problems);
            if (parsed.isPresent()) {
                pence = parsed.getAsLong();
                if (pence == 0) {
                    problems.add(Problem.of(AMOUNT, "alongside.ledger.error.amount.missing"));
                }
            }
        } else if (type.isPresent() && !typedAmount.isEmpty() && pence(typedAmount, new ArrayList<>()).orElse(1) != 0) {
            problems.add(Problem.of(AMOUNT, "alongside.ledger.error.amount.notMoney"));
        }
        RecognitionState state;
        if (type.isPresent() && type.get() == RecognitionType.DECLINED) {
            state = RecognitionState.PAID;
        } else {
            Optional<RecognitionState> typed = form.state().isBlank() ? Optional.of(RecognitionState.OWED)
                    : RecognitionState.fromCode(form.state());
            if (typed.isEmpty()) {
                problems.add(Problem.of(STATE, "alongside.ledger.error.state", echo(form.state())));
            }
            state = typed.orElse(RecognitionState.OWED);
        }
        Optional<LocalDate> paidOn = Optional.empty();
        if (state == RecognitionState.PAID) {
            if (form.paidOn().isBlank()) {
                paidOn = Optional.of(type.isPresent() && type.get() == RecognitionType.DECLINED ? given : today);
            } else {
                paidOn = date(form.paidOn(), PAID_ON, problems);
            }
            if (paidOn.isPresent() && paidOn.get().isAfter(today)) {
                problems.add(Problem.of(PAID_ON, "alongside.ledger.error.paidOn.future"));
            } else if (paidOn.isPresent() && paidOn.get().isBefore(given)) {
                problems.add(Problem.of(PAID_ON, "alongside.ledger.error.paidOn.beforeGiven",
                        LenientDates.iso(given)));
            }
        } else if (!form.paidOn().isBlank()) {
            problems.add(Problem.of(PAID_ON, "alongside.ledger.error.paidOn.whenOwed"));
        }
        if (!problems.isEmpty()) {
            return Validated.invalid(problems);
        }
        return Validated.valid(new Recognition(type.get(), pence, state, paidOn, form.mayAffectBenefits()));
    }

    /**
     * Minutes in what was typed: "1.5 hours", "1 h 30 min", "90 min", "1:30", or a bare number of hours ("2",
     * "1.5"); commas as decimal points. Empty if it reads as none of these. Rounded to the nearest minute.
     */
    public static OptionalInt minutes(String typed) {
        if (typed == null) {
            return OptionalInt.empty();
        }
        String text = typed.strip().toLowerCase(Locale.ROOT).replace(',', '.').replaceAll("\\s+", " ");
        if (text.isEmpty() || text.length() > 40) {
            return OptionalInt.empty();
        }
        Matcher m = HOURS_AND_MINUTES.matcher(text);
        if (m.matches()) {
            BigDecimal minutes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(60));
            if (m.group(2) != null) {
                minutes = minutes.add(new BigDecimal(m.group(2)));
            }
            return bounded(minutes);
        }
        m = MINUTES.matcher(text);
        if (m.matches()) {
            return bounded(new BigDecimal(m.group(1)));
        }
        m = CLOCK.matcher(text);
        if (m.matches()) {
            return bounded(BigDecimal.valueOf(Long.parseLong(m.group(1)) * 60 + Long.parseLong(m.group(2))));
        }
        if (NUMBER.matcher(text).matches()) {
            return bounded(new BigDecimal(text).multiply(BigDecimal.valueOf(60)));
        }
        return OptionalInt.empty();
    }

    /** Pence in "£12.50", "12.5", "£1,200", "12.50 GBP", "50p"; a problem on {@value #AMOUNT} if it is not one. */
    static OptionalLong pence(String typed, List<Problem> problems) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return OptionalLong.of(0);
        }
        if (text.startsWith("-") || text.startsWith("\u2212") || text.startsWith("(")
                || text.startsWith("£-") || text.startsWith("£\u2212")) {
            problems.add(Problem.of(AMOUNT, "alongside.ledger.error.amount.negative", echo(typed)));
            return OptionalLong.empty();
        }
        String bare = text.replace("£", "").replace("gbp", "").replace(",", "").replace(" ", "");
        Matcher pence = PENCE.matcher(bare);
        BigDecimal value;
        if (pence.matches()) {
            value = new BigDecimal(pence.group(1));
        } else if (POUNDS.matcher(bare).matches()) {
            value = new BigDecimal(bare).multiply(BigDecimal.valueOf(100));
        } else {
            problems.add(Problem.of(AMOUNT, "alongside.ledger.error.amount", echo(typed)));
            return OptionalLong.empty();
        }
        if (value.compareTo(BigDecimal.valueOf(Recognition.MAX_PENCE)) > 0) {
            problems.add(Problem.of(AMOUNT, "alongside.ledger.error.amount.tooMuch",
                    Money.pounds(Recognition.MAX_PENCE)));
            return OptionalLong.empty();
        }
        return OptionalLong.of(value.longValueExact());
    }

    private static OptionalInt bounded(BigDecimal minutes) {
        BigDecimal rounded = minutes.setScale(0, RoundingMode.HALF_UP);
        // Far beyond a day reads as a number, so the message can say "more than a day" rather than "not a time".
        return rounded.compareTo(BigDecimal.valueOf(1_000_000)) > 0 ? OptionalInt.of(Integer.MAX_VALUE)
                : OptionalInt.of(rounded.intValueExact());
    }

    private static Optional<LocalDate> date(String typed, String field, List<Problem> problems) {
        Optional<LocalDate> date = LenientDates.parse(typed);
        if (date.isEmpty()) {
            problems.add(Problem.of(field, "alongside.ledger.error." + field, echo(typed)));
        }
        return date;
    }

    /** Stripped, without control characters (nobody types them; PostgreSQL refuses NUL); line breaks become spaces. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().map(c -> c == '\n' || c == '\r' || c == '\t' ? ' ' : c)
                .filter(c -> !Character.isISOControl(c)).forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    private static String echo(String typed) {
        String text = typed == null ? "" : clean(typed);
        return text.codePointCount(0, text.length()) <= MAX_ECHO ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_ECHO)) + "\u2026";
    }
}
