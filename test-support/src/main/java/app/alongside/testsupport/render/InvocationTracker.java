package app.alongside.testsupport.render;

/**
 * Remembers, per thread, the last method a template invoked and the value it returned, so the auto-escaping
 * handler can apply Confluence's "method name ends in Html / starts with render" exemption to property access
 * ({@code $view.renderedBody} invokes {@code getRenderedBody()}), where the reference text alone does not say which
 * Java method ran.
 */
final class InvocationTracker {

    private static final class Invocation {
        final String methodName;
        final Object result;

        Invocation(String methodName, Object result) {
            this.methodName = methodName;
            this.result = result;
        }
    }

    private final ThreadLocal<Invocation> last = new ThreadLocal<>();

    void record(String methodName, Object result) {
        last.set(new Invocation(methodName, result));
    }

    /**
     * The name of the method whose most recent invocation on this thread returned exactly {@code value} (same
     * instance), or null. Forgets the invocation either way.
     */
    String methodThatReturned(Object value) {
        Invocation invocation = last.get();
        last.remove();
        if (invocation == null || value == null || invocation.result != value) {
            return null;
        }
        return invocation.methodName;
    }

    void clear() {
        last.remove();
    }
}
