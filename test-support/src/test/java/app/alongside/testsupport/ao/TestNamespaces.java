package app.alongside.testsupport.ao;

/** Namespaces of this module's own tests, so they never touch the app's tables on a shared PostgreSQL database. */
final class TestNamespaces {
    static final String FACADE = "app.alongside.testsupport.ao.facade";
    static final String UPGRADE = "app.alongside.testsupport.ao.upgrade";
    static final String OTHER = "app.alongside.testsupport.ao.other";

    private TestNamespaces() {
    }
}
