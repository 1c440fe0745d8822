package app.alongside.workbench.plugin;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The services the host offers the app, each under the stand-in interface it implements, as Confluence exports
 * OSGi services. The app receives a proxy that implements only that interface, so it can never depend on a
 * workbench class, exactly as it cannot in Confluence.
 */
public final class HostServices {

    private final Map<Class<?>, Object> services = new LinkedHashMap<>();

    public <T> HostServices provide(Class<T> type, T implementation) {
        if (!type.isInterface()) {
            throw new IllegalArgumentException(type.getName() + " is not an interface; host services are imported by interface");
        }
        Objects.requireNonNull(implementation, type.getName());
        if (services.putIfAbsent(type, implementation) != null) {
            throw new IllegalArgumentException("the host already provides " + type.getName());
        }
        return this;
    }

    public boolean provides(String interfaceName) {
        return services.keySet().stream().anyMatch(t -> t.getName().equals(interfaceName));
    }

    /** Interface to implementation, in the order provided. */
    public Map<Class<?>, Object> all() {
        return Collections.unmodifiableMap(services);
    }

    /** A proxy of the service that exposes nothing but {@code type}. */
    public Object exported(Class<?> type) {
        Object target = services.get(type);
        if (target == null) {
            throw new IllegalArgumentException("the host does not provide " + type.getName());
        }
        InvocationHandler handler = new Delegate(type, target);
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private record Delegate(Class<?> type, Object target) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "host " + type.getSimpleName();
                    default -> method.invoke(target, args);
                };
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
