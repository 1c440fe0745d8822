package app.alongside.workbench.plugin.descriptor;

import java.util.Objects;

/** A module (or top-level resource) the workbench does not host. Never silently ignored: listed at start-up. */
public record UnsupportedModule(String type, String key, String why) implements ModuleDescriptor {

    public UnsupportedModule {
        Objects.requireNonNull(type, "type");
        key = Objects.requireNonNullElse(key, "(no key)");
        Objects.requireNonNull(why, "why");
    }

    /** "blueprint 'decision-blueprint': not yet hosted by the workbench". */
    public String describe() {
        return type + " '" + key + "': " + why;
    }
}
