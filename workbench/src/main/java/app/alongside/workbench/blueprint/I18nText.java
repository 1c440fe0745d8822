package app.alongside.workbench.blueprint;

import com.atlassian.sal.api.message.I18nResolver;

import java.util.Objects;

/**
 * What Confluence's {@code getText('key')} Soy function answers: the app's text for a key. The instance a Soy
 * template calls at render time ({@link GetTextFunction}).
 */
public final class I18nText {

    private final I18nResolver i18n;

    public I18nText(I18nResolver i18n) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    public String getText(String key) {
        return i18n.getText(key);
    }
}
