package app.alongside.testsupport.render;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The {@code $i18n} object in a default Velocity context, standing in for Confluence's own {@code $i18n}
 * ({@code I18NBean}): {@code $i18n.getText("key")}, {@code $i18n.getText("key", [$a, $b])} (a Velocity list) or with
 * an {@code Object[]}. Its {@code getText} methods are on the {@linkplain GlobalVelocityAllowlist global allowlist},
 * as Confluence's are. The text is escaped when inserted, like any other value; bundles should not contain markup.
 */
public final class I18nHelper {

    private final I18nResolver resolver;

    public I18nHelper(I18nResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    public String getText(String key) {
        return resolver.getText(key);
    }

    public String getText(String key, List<?> arguments) {
        return getText(key, arguments == null ? new Object[0] : arguments.toArray());
    }

    public String getText(String key, Object[] arguments) {
        if (arguments == null || arguments.length == 0) {
            return resolver.getText(key);
        }
        Serializable[] serializable = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            serializable[i] = argument == null || argument instanceof Serializable
                    ? (Serializable) argument : String.valueOf(argument);
        }
        return resolver.getText(key, serializable);
    }

    @Override
    public String toString() {
        return "I18nHelper[" + resolver + "]";
    }
}
