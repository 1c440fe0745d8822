package app.alongside.workbench.plugin.fake;

import com.atlassian.sal.api.message.I18nResolver;

/** Keeps what the host injected, so a test can look at it. */
public final class ImportProbe {

    private final I18nResolver i18n;

    public ImportProbe(I18nResolver i18n) {
        this.i18n = i18n;
    }

    public I18nResolver i18n() {
        return i18n;
    }
}
