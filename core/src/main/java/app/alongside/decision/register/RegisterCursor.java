package app.alongside.decision.register;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the next page of the register starts: the sort key and id of the last row shown (keyset paging, so a page
 * costs the same however deep it is, and rows added meanwhile do not shift it). Opaque to people and tools.
 */
public record RegisterCursor(RegisterSort sort, String sortKey, long id) {

    public RegisterCursor {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(sortKey, "sortKey");
        if (sortKey.length() > 300) {
            throw new IllegalArgumentException("sort key too long");
        }
        if (id <= 0) {
            throw new IllegalArgumentException("id must be positive");
        }
        if (!fitsOrder(sort, sortKey)) {
            throw new IllegalArgumentException("not a sort key of the " + sort.parameterValue() + " order");
        }
    }

    /** The keys {@link IndexedDecision#sortKey} writes: a forged cursor with any other key is refused here. */
    private static boolean fitsOrder(RegisterSort sort, String key) {
        return switch (sort) {
            case DECIDED_NEWEST, DECIDED_OLDEST -> key.isEmpty() || isDate(key);
            case REVIEW_SOONEST -> isDate(key);
            case STATUS -> key.matches("\\d{1,2}");
            case TITLE -> true;
        };
    }

    private static boolean isDate(String key) {
        try {
            return key.length() == 10 && java.time.LocalDate.parse(key) != null;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    public String encode() {
        String raw = sort.parameterValue() + "\n" + id + "\n" + sortKey;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Empty for anything that is not a cursor this class wrote. */
    public static Optional<RegisterCursor> decode(String encoded) {
        if (encoded == null || encoded.isBlank() || encoded.length() > 600) {
            return Optional.empty();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            String[] parts = raw.split("\n", 3);
            if (parts.length != 3) {
                return Optional.empty();
            }
            return RegisterSort.fromParameter(parts[0])
                    .map(sort -> new RegisterCursor(sort, parts[2], Long.parseLong(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
