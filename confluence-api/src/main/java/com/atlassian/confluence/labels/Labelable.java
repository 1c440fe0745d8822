package com.atlassian.confluence.labels;

import java.util.List;

/**
 * Stand-in for Confluence 10.2 {@code Labelable}: content that carries labels (pages, blog posts, attachments…);
 * signature from decompiled Confluence 8.7.2 ({@code getLabelCount()} and {@code isFavourite(ConfluenceUser)} omitted).
 */
public interface Labelable {

    List<Label> getLabels();
}
