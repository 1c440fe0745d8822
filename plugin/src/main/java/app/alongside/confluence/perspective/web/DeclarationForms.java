package app.alongside.confluence.perspective.web;

import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.view.PerspectiveViews;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/** Reads a submitted declaration form exactly as typed: core validates it, and a refused form is shown back whole. */
final class DeclarationForms {

    private DeclarationForms() {
    }

    static DeclarationForm from(HttpServletRequest request, boolean onBehalf) {
        String[] codes = request.getParameterValues(PerspectiveViews.PERSPECTIVES);
        boolean consent = "true".equals(request.getParameter(PerspectiveViews.CONSENT));
        String ownWords = request.getParameter(PerspectiveViews.OWN_WORDS);
        boolean showOnPage = "true".equals(request.getParameter(PerspectiveViews.SHOW_ON_PAGE));
        if (!onBehalf) {
            return DeclarationForm.own(codes == null ? List.of() : List.of(codes), consent, ownWords, showOnPage);
        }
        return new DeclarationForm(codes == null ? List.of() : List.of(codes), consent, ownWords, showOnPage,
                request.getParameter(PerspectiveViews.CONSENT_GIVEN_BY),
                request.getParameter(PerspectiveViews.CONSENT_GIVEN_ON),
                request.getParameter(PerspectiveViews.CONSENT_HOW));
    }
}
