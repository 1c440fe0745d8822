package com.atlassian.confluence.event.events.label;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Labelable;

/** Stand-in for Confluence 10.2 {@code LabelAddEvent}; signature from decompiled Confluence 8.7.2. */
public class LabelAddEvent extends LabelEvent {

    public LabelAddEvent(Label source, Labelable labelled) {
        super(source, labelled);
    }
}
