package app.alongside.decision.view;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The anchor ({@code id} attribute) of a decision card, so that a register row can link to the card on its page:
 * {@code alongside-decision-} and a slug of the title (or of the decision's own {@code id} parameter). The same
 * title always gives the same anchor, in the card and in the register.
 */
public final class DecisionAnchors {

    public static final String PREFIX = "alongside-decision-";
    private static final int MAX_SLUG = 60;

    private DecisionAnchors() {
    }

    /** The anchor for a decision with this title; an empty title gives {@code alongside-decision-untitled}. */
    public static String forTitle(String title) {
        return PREFIX + slug(title, "untitled");
    }

    /** The anchor for a decision's own {@code id} parameter. */
    public static String forId(String id) {
        return PREFIX + "id-" + slug(id, "none");
    }

    /**
     * Lower-case ASCII letters and digits separated by single hyphens, accents removed; text with no such characters
     * (for example in Arabic script) gets a stable hexadecimal hash instead, so every title has an anchor.
     */
    static String slug(String text, String whenEmpty) {
        if (text == null || text.isBlank()) {
            return whenEmpty;
        }
        String ascii = Normalizer.normalize(text.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < ascii.length() && slug.length() < MAX_SLUG; i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        if (slug.length() == 0) {
            return "h" + Integer.toHexString(text.strip().hashCode());
        }
        return slug.toString();
    }
}
