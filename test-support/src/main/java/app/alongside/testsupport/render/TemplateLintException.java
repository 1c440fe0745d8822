package app.alongside.testsupport.render;

import java.util.List;

/**
 * The template parses, but uses constructs that Confluence's Velocity 1.6 fork does not support and would render
 * wrongly (for example {@code $foreach.count}, which 1.6 prints literally). See {@link VelocityTemplateLint}.
 */
public class TemplateLintException extends TemplateRenderException {

    private static final long serialVersionUID = 1L;

    private final List<VelocityTemplateLint.Problem> problems;

    public TemplateLintException(String templateName, List<VelocityTemplateLint.Problem> problems) {
        super(templateName, message(templateName, problems));
        this.problems = List.copyOf(problems);
    }

    public List<VelocityTemplateLint.Problem> getProblems() {
        return problems;
    }

    private static String message(String templateName, List<VelocityTemplateLint.Problem> problems) {
        StringBuilder sb = new StringBuilder("Template '").append(templateName)
                .append("' uses constructs that break on Confluence's Velocity 1.6:");
        for (VelocityTemplateLint.Problem p : problems) {
            sb.append("\n  ").append(p);
        }
        return sb.toString();
    }
}
