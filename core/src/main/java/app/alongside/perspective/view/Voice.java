package app.alongside.perspective.view;

/** Who a screen speaks to: the person about their own data, or a facilitator about someone else's. */
public enum Voice {
    OWN("own"),
    ON_BEHALF("onBehalf");

    private final String keyPart;

    Voice(String keyPart) {
        this.keyPart = keyPart;
    }

    String key(String prefix) {
        return prefix + "." + keyPart;
    }
}
