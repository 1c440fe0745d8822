package app.alongside.perspective;

import java.util.List;
import java.util.Objects;

/**
 * A declaration as submitted (form or JSON), unvalidated: perspective codes, the consent checkbox, own words,
 * show-on-my-page, and for a facilitator recording on someone's behalf the note of their consent (who, when as
 * text in any reasonable date format, how). {@link PerspectiveService} validates it into problems with i18n keys.
 */
public record DeclarationForm(List<String> perspectiveCodes, boolean consentGiven, String ownWords,
                              boolean showOnPage, String consentGivenBy, String consentGivenOn, String consentHow) {

    public DeclarationForm {
        perspectiveCodes = perspectiveCodes == null ? List.of()
                : perspectiveCodes.stream().filter(Objects::nonNull).toList();
    }

    /** A person declaring for themself (no on-behalf note). */
    public static DeclarationForm own(List<String> perspectiveCodes, boolean consentGiven, String ownWords,
                                      boolean showOnPage) {
        return new DeclarationForm(perspectiveCodes, consentGiven, ownWords, showOnPage, null, null, null);
    }
}
