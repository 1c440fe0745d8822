package app.alongside.text;

/**
 * Words for people, by i18n key. Core builds views in words so that every adapter says the same thing; the
 * Confluence adapter answers from the app's i18n bundle in the viewer's language.
 */
@FunctionalInterface
public interface Messages {

    /** The text for {@code key} with {@code arguments} substituted ({@link java.text.MessageFormat} rules). */
    String text(String key, Object... arguments);
}
