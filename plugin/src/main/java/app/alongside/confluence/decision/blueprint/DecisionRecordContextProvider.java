package app.alongside.confluence.decision.blueprint;

import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.time.LenientDates;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Fills the decision record template from its wizard page: the decision's title (which is also the page title) and
 * its status, checked by core's {@link DecisionStatus} (anything unknown becomes "proposed"). A decision that is
 * already made gets today as its decided-on date. A blank title sets no page title, so the page is not created
 * without one; the wizard asks for it first.
 */
public final class DecisionRecordContextProvider extends AbstractBlueprintContextProvider {

    static final String TITLE_FIELD = "decisionTitle";
    static final String STATUS_FIELD = "decisionStatus";

    static final String DECISION_TITLE = "decisionTitle";
    static final String DECISION_STATUS = "decisionStatus";
    static final String DECIDED_ON = "decidedOn";

    private final Clock clock;

    @Inject
    public DecisionRecordContextProvider() {
        this(Clock.systemDefaultZone());
    }

    DecisionRecordContextProvider(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        String title = WizardFields.line(context.getMap(), TITLE_FIELD, Decision.MAX_TITLE_LENGTH);
        DecisionStatus status = DecisionStatus.fromParameter(WizardFields.line(context.getMap(), STATUS_FIELD, 40))
                .orElse(DecisionStatus.PROPOSED);
        context.put(DECISION_TITLE, title);
        context.put(DECISION_STATUS, status.parameterValue());
        context.put(DECIDED_ON, status.isMade() ? LenientDates.iso(LocalDate.now(clock)) : "");
        if (!title.isEmpty()) {
            context.setTitle(title);
        }
        return context;
    }
}
