package app.alongside.principle;

import app.alongside.text.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds {@link PrinciplesView}s in the viewer's words. */
public final class PrinciplesViews {

    private final Messages messages;

    public PrinciplesViews(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public PrinciplesView of(Framework framework) {
        List<PrinciplesView.PrincipleView> principles = new ArrayList<>();
        int number = 1;
        for (Principle principle : framework.principles()) {
            principles.add(new PrinciplesView.PrincipleView(number++,
                    messages.text(principle.nameKey()), messages.text(principle.explanationKey())));
        }
        return new PrinciplesView(framework.parameterValue(), messages.text(framework.nameKey()),
                messages.text(framework.introductionKey()), principles, messages.text(framework.sourceKey()));
    }
}
