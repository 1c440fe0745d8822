package app.alongside.settings;

import app.alongside.validation.Problem;
import app.alongside.validation.Validated;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Settings as a person typed them (text fields), turned into values or into problems to show beside the fields.
 * A blank field in a space form means "use the global value".
 */
public record SettingsForm(String suppressionThreshold, String parityFraction) {

    public static final String FIELD_THRESHOLD = "suppressionThreshold";
    public static final String FIELD_PARITY = "parityFraction";

    public Validated<InvolvementSettings> toGlobal() {
        List<Problem> problems = new ArrayList<>();
        Optional<Integer> threshold = threshold(problems);
        Optional<ParityFraction> parity = parity(problems);
        if (threshold.isEmpty() && !problems.stream().anyMatch(p -> p.field().equals(FIELD_THRESHOLD))) {
            problems.add(Problem.of(FIELD_THRESHOLD, "alongside.settings.error.threshold.required"));
        }
        if (parity.isEmpty() && !problems.stream().anyMatch(p -> p.field().equals(FIELD_PARITY))) {
            problems.add(Problem.of(FIELD_PARITY, "alongside.settings.error.parity.required"));
        }
        if (!problems.isEmpty()) {
            return Validated.invalid(problems);
        }
        return Validated.valid(new InvolvementSettings(threshold.get(), parity.get()));
    }

    /**
     * A space may raise k above the global value but never lower it: k protects people's privacy and is the
     * Confluence administrator's floor.
     */
    public Validated<SpaceOverride> toSpace(String spaceKey, InvolvementSettings global) {
        List<Problem> problems = new ArrayList<>();
        Optional<Integer> threshold = threshold(problems);
        Optional<ParityFraction> parity = parity(problems);
        if (threshold.isPresent() && threshold.get() < global.suppressionThreshold()) {
            problems.add(Problem.of(FIELD_THRESHOLD, "alongside.settings.error.threshold.belowGlobal",
                    global.suppressionThreshold()));
        }
        if (!problems.isEmpty()) {
            return Validated.invalid(problems);
        }
        return Validated.valid(new SpaceOverride(spaceKey, threshold, parity));
    }

    private Optional<Integer> threshold(List<Problem> problems) {
        if (isBlank(suppressionThreshold)) {
            return Optional.empty();
        }
        String text = suppressionThreshold.strip();
        if (!text.matches("\\d{1,4}")) {
            problems.add(Problem.of(FIELD_THRESHOLD, "alongside.settings.error.threshold.notNumber", text));
            return Optional.empty();
        }
        int value = Integer.parseInt(text);
        if (value < InvolvementSettings.MIN_SUPPRESSION_THRESHOLD
                || value > InvolvementSettings.MAX_SUPPRESSION_THRESHOLD) {
            problems.add(Problem.of(FIELD_THRESHOLD, "alongside.settings.error.threshold.range",
                    InvolvementSettings.MIN_SUPPRESSION_THRESHOLD, InvolvementSettings.MAX_SUPPRESSION_THRESHOLD));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private Optional<ParityFraction> parity(List<Problem> problems) {
        if (isBlank(parityFraction)) {
            return Optional.empty();
        }
        Optional<ParityFraction> parsed = ParityFraction.parse(parityFraction)
                .filter(p -> p.compareTo(ParityFraction.MINIMUM) >= 0);
        if (parsed.isEmpty()) {
            problems.add(Problem.of(FIELD_PARITY, "alongside.settings.error.parity.invalid",
                    ParityFraction.MINIMUM));
        }
        return parsed;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
