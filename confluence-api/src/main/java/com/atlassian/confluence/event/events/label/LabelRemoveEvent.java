package com.atlassian.confluence.event.events.label;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Labelable;

/** Stand-in for Confluence 10.2 {@code LabelRemoveEvent}; signature from decompiled Confluence 8.7.2. */
public class LabelRemoveEvent extends LabelEvent {

    public LabelRemoveEvent(Label source, Labelable labelled) {
        super(source, labelled);
    }
}
