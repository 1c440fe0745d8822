package app.alongside.workbench.host.events;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * atlassian-event's {@link EventPublisher}, synchronous: {@link #publish} calls, on the publishing thread, every
 * public {@link EventListener} method of every registered listener whose single parameter accepts the event. As in
 * Confluence, a listener that throws is logged and does not stop the others or the publisher.
 */
public final class SynchronousEventPublisher implements EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(SynchronousEventPublisher.class);

    private final List<Registration> registrations = new CopyOnWriteArrayList<>();

    @Override
    public void register(Object listener) {
        Objects.requireNonNull(listener, "listener");
        List<Method> methods = new ArrayList<>();
        for (Method method : listener.getClass().getMethods()) {
            if (method.isAnnotationPresent(EventListener.class)) {
                if (method.getParameterCount() != 1) {
                    throw new IllegalArgumentException("@EventListener method " + method + " must take exactly one event");
                }
                method.trySetAccessible(); // a listener class need not be public, as in atlassian-event
                methods.add(method);
            }
        }
        if (methods.isEmpty()) {
            throw new IllegalArgumentException(listener.getClass().getName() + " has no public @EventListener method");
        }
        unregister(listener);
        registrations.add(new Registration(listener, List.copyOf(methods)));
    }

    @Override
    public void unregister(Object listener) {
        registrations.removeIf(r -> r.listener() == listener);
    }

    @Override
    public void publish(Object event) {
        Objects.requireNonNull(event, "event");
        for (Registration registration : registrations) {
            for (Method method : registration.methods()) {
                if (method.getParameterTypes()[0].isInstance(event)) {
                    invoke(registration.listener(), method, event);
                }
            }
        }
    }

    /** How many listeners are registered (for the about page). */
    public int listenerCount() {
        return registrations.size();
    }

    private static void invoke(Object listener, Method method, Object event) {
        try {
            method.invoke(listener, event);
        } catch (InvocationTargetException e) {
            LOG.error("Event listener {} failed on {}", method, event.getClass().getName(), e.getCause());
        } catch (IllegalAccessException e) {
            LOG.error("Event listener {} cannot be called", method, e);
        }
    }

    private record Registration(Object listener, List<Method> methods) {
    }
}
