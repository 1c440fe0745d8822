package app.alongside.workbench.plugin.fake;

public final class Unconstructable {

    public Unconstructable() {
        throw new IllegalStateException("refuses to start");
    }
}
