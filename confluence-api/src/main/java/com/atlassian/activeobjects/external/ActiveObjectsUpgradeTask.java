package com.atlassian.activeobjects.external;

/** Stand-in for the AO plugin's {@code ActiveObjectsUpgradeTask}; signature from decompiled activeobjects-plugin 5.2.1 and Kast0rTr0y/ao-plugin. */
public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
