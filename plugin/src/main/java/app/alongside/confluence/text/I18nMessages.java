package app.alongside.confluence.text;

import app.alongside.text.Messages;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;

/** Core's {@link Messages} answered from the app's i18n bundle, in the current user's language. */
@Named
public final class I18nMessages implements Messages {

    private final I18nResolver i18n;

    @Inject
    public I18nMessages(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public String text(String key, Object... arguments) {
        if (arguments.length == 0) {
            return i18n.getText(key);
        }
        Serializable[] serializable = Arrays.stream(arguments)
                .map(argument -> argument instanceof Serializable s ? s : String.valueOf(argument))
                .toArray(Serializable[]::new);
        return i18n.getText(key, serializable);
    }
}
