package app.alongside.workbench.plugin.descriptor;

import java.util.Objects;

/** A module the workbench accepts without doing anything, and why that is faithful (e.g. {@code rest-migration}). */
public record AcceptedModule(String type, String key, String why) implements ModuleDescriptor {

    public AcceptedModule {
        Objects.requireNonNull(type, "type");
        ModuleDescriptor.requireKey(type, key);
        Objects.requireNonNull(why, "why");
    }
}
