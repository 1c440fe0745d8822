package app.alongside.charter.view;

import app.alongside.charter.Charter;
import app.alongside.charter.CharterStatus;
import app.alongside.charter.Evaluation;
import app.alongside.evidence.Evidence;
import app.alongside.charter.ParsedCharter;
import app.alongside.evidence.Reason;
import app.alongside.charter.checkin.Period;
import app.alongside.charter.checkin.Trend;
import app.alongside.charter.signing.SigningStatus;
import app.alongside.principle.Framework;
import app.alongside.principle.Principle;
import app.alongside.principle.PrinciplesViews;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Builds a {@link CharterView} in the viewer's words from what core worked out. */
public final class CharterViews {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final Messages messages;

    public CharterViews(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * The charter as the viewer sees it. {@code nameOf} gives a member's display name from their user key;
     * {@code contextPath} starts every link; {@code pageId} is the charter's page.
     */
    public CharterView of(ParsedCharter parsed, List<Evaluation> evaluations, SigningStatus signing,
                          Function<String, String> nameOf, Trend trend, LocalDate today, String contextPath,
                          long pageId) {
        Charter charter = parsed.charter();
        boolean reviewDue = charter.isReviewDue(today) && charter.status() != CharterStatus.UNDER_REVIEW;
        String statusValue = reviewDue ? "review-due" : charter.status().parameterValue();
        String statusText = reviewDue ? text("alongside.charter.status.review-due.name")
                : text(charter.status().nameKey());
        String reviewText = charter.reviewOn().map(on -> reviewDue
                ? text("alongside.charter.review.due", DATE.format(on))
                : text("alongside.charter.review.on", DATE.format(on))).orElse("");

        String ruleText = charter.decisionRule().map(rule -> {
            String name = text(rule.nameKey());
            return charter.parity().map(p -> text("alongside.charter.rule.withParity", name,
                    String.valueOf(p.numerator()), String.valueOf(p.denominator()))).orElse(name);
        }).orElse(text("alongside.charter.rule.none"));

        List<CharterView.CommitmentView> commitments = new ArrayList<>();
        for (Evaluation evaluation : evaluations) {
            commitments.add(commitment(evaluation, contextPath));
        }

        Collator collator = Collator.getInstance(Locale.UK);
        List<CharterView.SignerView> signers = signing.signatures().stream()
                .map(s -> new CharterView.SignerView(nameOf.apply(s.userKey()), !s.current()))
                .sorted(Comparator.comparing(CharterView.SignerView::name, collator))
                .toList();
        String signersText = signers.isEmpty() ? text("alongside.charter.signed.none")
                : text("alongside.charter.signed.count", signers.size(), signing.currentCount());

        List<String> periods = new ArrayList<>();
        List<CharterView.PeriodComments> comments = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        if (trend != null) {
            for (Trend.PeriodResult period : trend.periods()) {
                periods.add(periodName(period.period()));
                for (Trend.PrincipleResult result : period.principles()) {
                    if (!codes.contains(result.principleCode())) {
                        codes.add(result.principleCode());
                    }
                }
                List<String> said = new ArrayList<>();
                period.principles().forEach(p -> said.addAll(p.comments()));
                comments.add(new CharterView.PeriodComments(periodName(period.period()), said,
                        period.commentsShown() ? ""
                                : text(Trend.COMMENTS_NOT_SHOWN_KEY, String.valueOf(trend.threshold()))));
            }
        }
        List<CharterView.TrendRow> rows = new ArrayList<>();
        for (String code : codes) {
            List<String> cells = new ArrayList<>();
            for (Trend.PeriodResult period : trend.periods()) {
                Optional<Trend.PrincipleResult> result = period.principles().stream()
                        .filter(p -> p.principleCode().equals(code)).findFirst();
                cells.add(result.flatMap(Trend.PrincipleResult::mean).map(m -> m.toPlainString())
                        .orElse(text(Trend.MEAN_NOT_SHOWN_KEY, String.valueOf(trend.threshold()))));
            }
            rows.add(new CharterView.TrendRow(principleName(charter.framework(), code), cells));
        }
        String trendText = periods.isEmpty() ? text("alongside.charter.checkin.none") : "";

        List<String> problems = new ArrayList<>();
        for (Problem problem : parsed.problems()) {
            problems.add(text(problem.messageKey(), problem.arguments().toArray()));
        }

        boolean hasPrinciples = charter.framework().isPresent();
        return new CharterView(charter.group().isEmpty() ? text("alongside.charter.untitled") : charter.group(),
                statusValue, statusText, reviewDue, reviewText, ruleText, hasPrinciples,
                charter.framework().map(f -> new PrinciplesViews(messages).of(f)).orElse(null),
                text("alongside.charter.principles.none"), commitments, signers, signersText,
                text(signing.viewer().messageKey()), signing.viewer().mayAct(), rows, periods, comments, trendText,
                contextPath + "/pages/viewpreviouspageversions.action?pageId=" + pageId, problems, words());
    }

    /** The buttons a signed-in viewer may press: sign; re-confirm or withdraw; withdraw. None for anonymous. */
    public List<CharterForms.Button> signingButtons(SigningStatus.Viewer viewer) {
        return switch (viewer) {
            case ANONYMOUS -> List.of();
            case NOT_SIGNED -> List.of(new CharterForms.Button("sign", text("alongside.charter.sign.button")));
            case SIGNED -> List.of(new CharterForms.Button("withdraw", text("alongside.charter.withdraw.button")));
            case SIGNED_EARLIER_VERSION -> List.of(
                    new CharterForms.Button("sign", text("alongside.charter.reconfirm.button")),
                    new CharterForms.Button("withdraw", text("alongside.charter.withdraw.button")));
        };
    }

    /**
     * The check-in form for {@code period} over the framework's principles, filled with what was typed and each
     * problem by its field ({@link app.alongside.charter.checkin.CheckIns#SCORE_FIELD_PREFIX} and comment prefix).
     */
    public CharterForms.CheckInForm checkInForm(Framework framework, Period period, java.util.Map<String, String> scores,
                                                java.util.Map<String, String> comments, List<Problem> problems) {
        List<CharterForms.Field> fields = new ArrayList<>();
        List<String> whole = new ArrayList<>();
        for (Problem problem : problems) {
            if (problem.field().equals(app.alongside.charter.checkin.CheckIns.FORM)) {
                whole.add(text(problem.messageKey(), problem.arguments().toArray()));
            }
        }
        for (Principle principle : framework.principles()) {
            String code = principle.id();
            String scoreName = app.alongside.charter.checkin.CheckIns.SCORE_FIELD_PREFIX + code;
            String commentName = app.alongside.charter.checkin.CheckIns.COMMENT_FIELD_PREFIX + code;
            String name = text(principle.nameKey());
            List<String> own = new ArrayList<>();
            for (Problem problem : problems) {
                if (problem.field().equals(scoreName) || problem.field().equals(commentName)) {
                    List<Object> args = new ArrayList<>(problem.arguments());
                    if (!args.isEmpty()) {
                        args.set(0, name); // the principle's name, not its stored code
                    }
                    own.add(text(problem.messageKey(), args.toArray()));
                }
            }
            String typed = scores.getOrDefault(code, "");
            List<CharterForms.Option> options = new ArrayList<>();
            for (int score = 1; score <= 5; score++) {
                options.add(new CharterForms.Option(String.valueOf(score),
                        text("alongside.charter.checkin.score." + score), typed.equals(String.valueOf(score))));
            }
            fields.add(new CharterForms.Field(scoreName, commentName, "alongside-checkin-" + code, name, options,
                    comments.getOrDefault(code, ""), String.join(" ", own)));
        }
        return new CharterForms.CheckInForm(text("alongside.charter.checkin.form.heading", periodName(period)),
                text("alongside.charter.checkin.form.intro"), fields, whole,
                text("alongside.charter.checkin.form.comment"), text("alongside.charter.checkin.form.submit"));
    }

    /** The principle's short name when it is one of the framework's; otherwise the code as stored. */
    public String principleName(Optional<Framework> framework, String code) {
        if (framework.isPresent()) {
            for (Principle principle : framework.get().principles()) {
                if (principle.id().equals(code)) {
                    return text(principle.nameKey());
                }
            }
        }
        return code;
    }

    /** A period as people say it: "November 2026", "October to December 2026", "2026". */
    public String periodName(Period period) {
        return switch (period.frequency()) {
            case MONTHLY -> MONTH.format(period.start());
            case QUARTERLY -> text("alongside.checkin.period.quarterly",
                    MONTH.format(period.start()).split(" ")[0],
                    MONTH.format(period.end().minusDays(1)));
            case YEARLY -> String.valueOf(period.year());
        };
    }

    private CharterView.CommitmentView commitment(Evaluation evaluation, String contextPath) {
        String name = text(evaluation.commitment().nameKey(),
                evaluation.commitment().number().map(String::valueOf).map(s -> new Object[]{s})
                        .orElse(new Object[0]));
        List<String> reasons = new ArrayList<>();
        for (Reason reason : evaluation.reasons()) {
            reasons.add(text(reason.messageKey(), reason.arguments().toArray()));
        }
        List<CharterView.EvidenceView> evidence = new ArrayList<>();
        for (Evidence e : evaluation.evidence()) {
            evidence.add(new CharterView.EvidenceView(contextPath + "/pages/viewpage.action?pageId=" + e.pageId(),
                    e.title().isBlank() ? text("alongside.charter.evidence.untitled") : e.title(),
                    e.date().map(DATE::format).orElse(""), text(e.note())));
        }
        String state = evaluation.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new CharterView.CommitmentView(name, state, text(evaluation.state().nameKey()), reasons, evidence);
    }

    private CharterView.Words words() {
        return new CharterView.Words(text("alongside.charter.status.label"), text("alongside.charter.rule.heading"),
                text("alongside.charter.principles.heading"), text("alongside.charter.commitments.heading"),
                text("alongside.charter.commitments.none"), text("alongside.charter.reasons.label"),
                text("alongside.charter.evidence.summary"), text("alongside.charter.signed.heading"),
                text("alongside.charter.signed.earlier"), text("alongside.charter.checkin.heading"),
                text("alongside.charter.checkin.caption"), text("alongside.charter.checkin.principle"),
                text("alongside.charter.checkin.comments"), text("alongside.charter.history.link"),
                text("alongside.charter.problems.heading"));
    }

    private String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }
}
