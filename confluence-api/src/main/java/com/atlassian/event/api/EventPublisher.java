package com.atlassian.event.api;

/** Stand-in for atlassian-event {@code EventPublisher}; signature from decompiled atlassian-event 5.0.2. */
public interface EventPublisher extends EventListenerRegistrar {

    void publish(Object event);
}
