package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

/** Stand-in for Confluence 10.2 {@code AbstractPage} (inherits getSpace/getSpaceKey as the real class does); signature from decompiled Confluence 8.7.2. */
public abstract class AbstractPage extends SpaceContentEntityObject {
}
