package com.atlassian.confluence.event.events.label;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Labelable;

/**
 * Stand-in for Confluence 10.2 {@code LabelEvent} (superclass {@code ConfluenceEvent} omitted); signatures from
 * decompiled Confluence 8.7.2. The label is the event's source; {@code getLabelled()} is what it was added to or
 * removed from.
 */
public abstract class LabelEvent {

    private final Label label;
    private final Labelable labelled;

    public LabelEvent(Label source, Labelable labelled) {
        this.label = source;
        this.labelled = labelled;
    }

    public Label getLabel() {
        return label;
    }

    public Labelable getLabelled() {
        return labelled;
    }
}
