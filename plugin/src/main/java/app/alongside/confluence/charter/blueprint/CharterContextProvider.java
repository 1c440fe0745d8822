package app.alongside.confluence.charter.blueprint;

import app.alongside.charter.Charter;
import app.alongside.charter.CharterMacros;
import app.alongside.charter.Commitment;
import app.alongside.charter.DecisionRule;
import app.alongside.confluence.decision.blueprint.WizardFields;
import app.alongside.principle.Framework;
import app.alongside.text.Messages;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Fills the charter template from its wizard: the group's name (also the page title), purpose, scope, ground rules
 * and reciprocity policy as the group's own words; the framework, decision rule and review date as the charter
 * macro's parameters, each kept only if it is one Alongside knows; and the default commitments. A charter starts as a
 * draft: the group agrees it together, then edits the status.
 */
public final class CharterContextProvider extends AbstractBlueprintContextProvider {

    static final String GROUP_FIELD = "charterGroup";
    static final String PURPOSE_FIELD = "charterPurpose";
    static final String SCOPE_FIELD = "charterScope";
    static final String FRAMEWORK_FIELD = "charterFramework";
    static final String RULE_FIELD = "charterDecisionRule";
    static final String PARITY_FIELD = "charterParity";
    static final String RECIPROCITY_FIELD = "charterReciprocity";
    static final String GROUND_RULES_FIELD = "charterGroundRules";
    static final String REVIEW_FIELD = "charterReviewOn";
    static final String COMMITMENTS = "charterCommitments";

    /** What every new charter promises until the group changes it. */
    static final String DEFAULT_COMMITMENTS = String.join(", ",
            Commitment.LIVED_EXPERIENCE_IN_EVERY_DECISION + ":" + Commitment.LivedExperienceInEveryDecision.DEFAULT,
            Commitment.LIVED_EXPERIENCE_AT_AGENDA,
            Commitment.YOU_SAID_ANSWERED_WITHIN + ":" + Commitment.YouSaidAnsweredWithin.DEFAULT,
            Commitment.RECOGNISED_WITHIN + ":" + Commitment.RecognisedWithin.DEFAULT);
    static final int MAX_TEXT = 4000;
    static final int MAX_PARITY = 20;

    private final Messages messages;

    @Inject
    public CharterContextProvider(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        Map<String, Object> fields = context.getMap();
        String group = WizardFields.line(fields, GROUP_FIELD, Charter.MAX_GROUP_LENGTH);
        context.put(GROUP_FIELD, group);
        context.put(PURPOSE_FIELD, WizardFields.line(fields, PURPOSE_FIELD, MAX_TEXT));
        context.put(SCOPE_FIELD, WizardFields.line(fields, SCOPE_FIELD, MAX_TEXT));
        context.put(GROUND_RULES_FIELD, WizardFields.line(fields, GROUND_RULES_FIELD, MAX_TEXT));
        context.put(RECIPROCITY_FIELD, WizardFields.line(fields, RECIPROCITY_FIELD, MAX_TEXT));
        String framework = WizardFields.line(fields, FRAMEWORK_FIELD, 20);
        context.put(FRAMEWORK_FIELD, Framework.fromParameter(framework).map(Framework::parameterValue)
                .orElse(CharterMacros.NO_FRAMEWORK));
        String rule = WizardFields.line(fields, RULE_FIELD, 20);
        context.put(RULE_FIELD, DecisionRule.fromParameter(rule).map(DecisionRule::parameterValue).orElse(""));
        context.put(PARITY_FIELD, WizardFields.line(fields, PARITY_FIELD, MAX_PARITY));
        context.put(REVIEW_FIELD, date(WizardFields.line(fields, REVIEW_FIELD, 10)));
        context.put(COMMITMENTS, DEFAULT_COMMITMENTS);
        if (!group.isEmpty()) {
            context.setTitle(messages.text("alongside.blueprint.charter.title", group));
        }
        return context;
    }

    /** An ISO date as the wizard's date field sends it, or "" (a charter without a review date is still a charter). */
    private static String date(String typed) {
        try {
            return typed.isEmpty() ? "" : LocalDate.parse(typed).toString();
        } catch (DateTimeParseException e) {
            return "";
        }
    }

}
