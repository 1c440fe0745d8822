package app.alongside.decision;

import java.util.Locale;
import java.util.Optional;

/** The answer to a "you said": what the group did with it. */
public enum Response {
    ADOPTED("adopted"),
    ADAPTED("adapted"),
    /** Needs a reason: "we couldn't, because…". */
    NOT_ADOPTED("not-adopted"),
    PENDING("pending");

    private final String parameterValue;

    Response(String parameterValue) {
        this.parameterValue = parameterValue;
    }

    public String parameterValue() {
        return parameterValue;
    }

    public String nameKey() {
        return "alongside.response." + parameterValue + ".name";
    }

    public boolean isAnswered() {
        return this != PENDING;
    }

    public static Optional<Response> fromParameter(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String normalised = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (Response response : values()) {
            if (response.parameterValue.equals(normalised)) {
                return Optional.of(response);
            }
        }
        return Optional.empty();
    }
}
