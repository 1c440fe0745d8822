package app.alongside.workbench.plugin.descriptor;

import java.util.Objects;

/** {@code <xhtml-macro name=".." key=".." class="..">}: {@code name} is what storage format stores in {@code ac:name}. */
public record MacroModule(String key, String name, String className) implements ModuleDescriptor {

    public MacroModule {
        ModuleDescriptor.requireKey(type(), key);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("xhtml-macro " + key + " has no name");
        }
        Objects.requireNonNull(className, "xhtml-macro " + key + " has no class");
    }

    @Override
    public String type() {
        return "xhtml-macro";
    }
}
