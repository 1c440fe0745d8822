package com.atlassian.event.api;

/** Stand-in for atlassian-event {@code EventListenerRegistrar} (subset), where register/unregister are declared; signatures from decompiled atlassian-event 5.0.2. */
public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);
}
