package app.alongside.workbench.host.events;

import com.atlassian.event.api.EventListener;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class SynchronousEventPublisherTest {

    private final SynchronousEventPublisher publisher = new SynchronousEventPublisher();
    private final List<String> heard = new ArrayList<>();

    public class Listener {
        @EventListener
        public void onText(String text) {
            heard.add("text " + text);
        }

        @EventListener
        public void onAnything(Object event) {
            heard.add("object " + event);
        }
    }

    public class Failing {
        @EventListener
        public void onText(String text) {
            throw new IllegalStateException("listener failed");
        }
    }

    @Test
    public void everyListenerMethodThatAcceptsTheEventIsCalledOnThePublishingThread() {
        publisher.register(new Listener());
        publisher.publish("hello");
        assertEquals(Set.of("text hello", "object hello"), Set.copyOf(heard));
        publisher.publish(42);
        assertEquals(3, heard.size());
        assertEquals("object 42", heard.get(2));
    }

    @Test
    public void aFailingListenerDoesNotStopTheOthers() {
        publisher.register(new Failing());
        publisher.register(new Listener());
        publisher.publish("hello");
        assertEquals(2, heard.size());
    }

    @Test
    public void unregisteredListenersHearNothing() {
        Listener listener = new Listener();
        publisher.register(listener);
        publisher.unregister(listener);
        publisher.publish("hello");
        assertEquals(List.of(), heard);
    }

    @Test
    public void anObjectWithoutListenerMethodsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> publisher.register(new Object()));
    }
}
