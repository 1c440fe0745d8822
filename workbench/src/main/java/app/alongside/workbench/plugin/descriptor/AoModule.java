package app.alongside.workbench.plugin.descriptor;

import java.util.List;
import java.util.Objects;

/** {@code <ao namespace>}: entity and upgrade task classes; the namespace (or the plugin key) fixes the table prefix. */
public record AoModule(String key, String namespace, List<String> entities, List<String> upgradeTasks)
        implements ModuleDescriptor {

    public AoModule {
        ModuleDescriptor.requireKey(type(), key);
        Objects.requireNonNull(namespace, "namespace");
        entities = List.copyOf(entities);
        upgradeTasks = List.copyOf(upgradeTasks);
    }

    @Override
    public String type() {
        return "ao";
    }
}
