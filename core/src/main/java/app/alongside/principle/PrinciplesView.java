package app.alongside.principle;

import java.util.List;
import java.util.Objects;

/** What the principles macro shows: a framework's principles, each explained in plain English, and the source. */
public record PrinciplesView(String frameworkKey, String frameworkName, String introduction,
                             List<PrincipleView> principles, String source) {

    public PrinciplesView {
        Objects.requireNonNull(frameworkKey, "frameworkKey");
        Objects.requireNonNull(frameworkName, "frameworkName");
        Objects.requireNonNull(introduction, "introduction");
        principles = List.copyOf(principles);
        Objects.requireNonNull(source, "source");
    }

    /** One principle as a person reads it; {@code number} is its position in the published list, from 1. */
    public record PrincipleView(int number, String name, String explanation) {
        public PrincipleView {
            if (number < 1) {
                throw new IllegalArgumentException("number starts at 1");
            }
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(explanation, "explanation");
        }
    }
}
