package app.alongside.settings;

import java.util.regex.Pattern;

/** Confluence space keys: letters and digits (personal spaces start with '~'), at most 255 characters. */
public final class SpaceKeys {

    private static final Pattern KEY = Pattern.compile("~?[A-Za-z0-9_.\\-]{1,254}");

    private SpaceKeys() {
    }

    public static boolean isValid(String spaceKey) {
        return spaceKey != null && KEY.matcher(spaceKey).matches();
    }

    public static String requireValid(String spaceKey) {
        if (!isValid(spaceKey)) {
            throw new IllegalArgumentException("not a space key: " + spaceKey);
        }
        return spaceKey;
    }
}
