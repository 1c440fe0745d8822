package app.alongside.confluence.decision.persistence;

import app.alongside.decision.register.RegisterSort;
import app.alongside.people.PersonRef;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

/**
 * How core values become column values and back. The sort keys order exactly as {@code IndexedDecision.sortKey}
 * does (undated decisions last), so a cursor core made can be turned into a column value here.
 */
final class IndexedValues {

    /** After every real yyyymmdd day: where "no date" goes in an ascending order. */
    static final int LAST = 99_999_999;
    /** Core's sort key for "no review date": 9999-12-31. */
    static final int NO_REVIEW = 99_991_231;
    /** The widest bounded string Active Objects allows on every database. */
    static final int MAX_TEXT = 450;

    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private IndexedValues() {
    }

    /** yyyymmdd; days outside years 1 to 9999 are clamped to them (they fit no sortable column). */
    static int day(LocalDate date) {
        LocalDate clamped = date.isBefore(FIRST_DAY) ? FIRST_DAY : date.isAfter(LAST_DAY) ? LAST_DAY : date;
        return clamped.getYear() * 10_000 + clamped.getMonthValue() * 100 + clamped.getDayOfMonth();
    }

    static Integer dayOrNull(Optional<LocalDate> date) {
        return date.map(IndexedValues::day).orElse(null);
    }

    /** A stored yyyymmdd back to a date; empty for null or anything that is not a day. */
    static Optional<LocalDate> date(Integer yyyymmdd) {
        if (yyyymmdd == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static int decidedNewestKey(Optional<LocalDate> decidedOn) {
        return decidedOn.map(d -> LAST - day(d)).orElse(LAST);
    }

    static int decidedOldestKey(Optional<LocalDate> decidedOn) {
        return decidedOn.map(IndexedValues::day).orElse(LAST);
    }

    static int reviewKey(Optional<LocalDate> reviewOn) {
        return reviewOn.map(IndexedValues::day).orElse(NO_REVIEW);
    }

    /**
     * Before every title key: Active Objects refuses a blank string in a NOT NULL column (and Oracle stores an empty
     * one as null), so an untitled decision still needs a key, and it must sort first, as core's empty key does.
     */
    static final String TITLE_KEY_PREFIX = "~";

    /** Core's title sort key (lower case) behind {@link #TITLE_KEY_PREFIX}, cut to the column. */
    static String titleKey(String title) {
        return truncate(TITLE_KEY_PREFIX + title.toLowerCase(Locale.ROOT));
    }

    /** LIKE pattern for title keys containing this (lower-case) text, never matching across the prefix. */
    static String titleContains(String lowerCaseText) {
        return TITLE_KEY_PREFIX + "%" + escapeLike(lowerCaseText) + "%";
    }

    /** The column value of a cursor's sort key, for the "after this row" condition. */
    static Object cursorKey(RegisterSort sort, String sortKey) {
        try {
            return switch (sort) {
                case DECIDED_NEWEST -> sortKey.isEmpty() ? LAST : LAST - day(LocalDate.parse(sortKey));
                case DECIDED_OLDEST -> sortKey.isEmpty() ? LAST : day(LocalDate.parse(sortKey));
                case REVIEW_SOONEST -> day(LocalDate.parse(sortKey));
                case TITLE -> titleKey(sortKey);
                case STATUS -> Integer.parseInt(sortKey);
            };
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("not a cursor of the " + sort.parameterValue() + " order", e);
        }
    }

    /** The column that holds the order's key. */
    static String sortColumn(RegisterSort sort) {
        return switch (sort) {
            case DECIDED_NEWEST -> DecisionEntity.DECIDED_NEWEST_KEY;
            case DECIDED_OLDEST -> DecisionEntity.DECIDED_OLDEST_KEY;
            case REVIEW_SOONEST -> DecisionEntity.REVIEW_KEY;
            case TITLE -> DecisionEntity.TITLE_KEY;
            case STATUS -> DecisionEntity.STATUS_KEY;
        };
    }

    /** {@code |a|b|}, or null for no labels. A label with a bar in it cannot be told apart, so it is left out. */
    static String labels(List<String> labels) {
        List<String> storable = labels.stream().filter(l -> !l.contains("|")).toList();
        return storable.isEmpty() ? null : "|" + String.join("|", storable) + "|";
    }

    static List<String> labels(String stored) {
        List<String> labels = new ArrayList<>();
        if (stored != null) {
            for (String label : stored.split("\\|")) {
                if (!label.isEmpty()) {
                    labels.add(label);
                }
            }
        }
        return labels;
    }

    /** LIKE pattern matching a stored label list that holds this label. */
    static String hasLabel(String label) {
        return "%|" + escapeLike(label) + "|%";
    }

    /** The escape character every LIKE here declares ({@code ESCAPE '!'}): portable, unlike a backslash. */
    static final String LIKE_ESCAPE = " ESCAPE '!'";

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /**
     * SHA-256, in hex, of a decision's rows as they would be written: each row's columns in name order, every value
     * with its length so that no two different sets of rows can read the same.
     */
    static String fingerprint(Map<String, Object> decision, List<Map<String, Object>> people,
                              List<Map<String, Object>> contributions) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            feed(digest, "decision", List.of(decision));
            feed(digest, "people", people);
            feed(digest, "contributions", contributions);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static void feed(MessageDigest digest, String part, List<Map<String, Object>> rows) {
        StringBuilder text = new StringBuilder(part).append('#').append(rows.size()).append('\n');
        for (Map<String, Object> row : rows) {
            for (Map.Entry<String, Object> column : new TreeMap<>(row).entrySet()) {
                String value = String.valueOf(column.getValue());
                text.append(column.getKey()).append('=').append(value.length()).append(':').append(value).append('\n');
            }
            text.append('\n');
        }
        digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String truncate(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A stored {@link PersonRef#key()} back to the person; empty for a key this index did not write. */
    static Optional<PersonRef> person(String key) {
        if (key == null) {
            return Optional.empty();
        }
        try {
            if (key.startsWith("user:")) {
                return Optional.of(new PersonRef.User(key.substring(5)));
            }
            if (key.startsWith("page:")) {
                String rest = key.substring(5);
                int colon = rest.indexOf(':'); // space keys have no colon; titles may
                return colon < 0 ? Optional.empty()
                        : Optional.of(new PersonRef.Page(rest.substring(0, colon), rest.substring(colon + 1)));
            }
            if (key.startsWith("name:")) {
                return Optional.of(new PersonRef.Named(key.substring(5)));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
