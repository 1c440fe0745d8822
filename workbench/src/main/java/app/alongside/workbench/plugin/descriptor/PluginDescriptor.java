package app.alongside.workbench.plugin.descriptor;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@code atlassian-plugin.xml}: the plugin's identity, its top-level resources and its modules in order, and
 * {@code warnings} about parts of supported modules the workbench does not evaluate (e.g. conditions).
 */
public record PluginDescriptor(String key, String name, String version, Map<String, String> infoParams,
                               List<ResourceDescriptor> resources, List<ModuleDescriptor> modules, List<String> warnings,
                               String source) {

    public PluginDescriptor {
        if (key == null || key.isBlank() || key.contains("${")) {
            throw new IllegalArgumentException("the plugin descriptor has no usable key (was it filtered by Maven?): "
                    + key);
        }
        name = Objects.requireNonNullElse(name, key);
        version = Objects.requireNonNullElse(version, "");
        infoParams = Map.copyOf(Objects.requireNonNullElse(infoParams, Map.of()));
        resources = List.copyOf(resources);
        modules = List.copyOf(modules);
        warnings = List.copyOf(Objects.requireNonNullElse(warnings, List.of()));
        source = Objects.requireNonNullElse(source, "");
    }

    /** The modules of one kind, in descriptor order. */
    public <T extends ModuleDescriptor> List<T> modules(Class<T> kind) {
        return modules.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** Top-level resources of one type ({@code i18n}, {@code download}). */
    public List<ResourceDescriptor> resources(String type) {
        return resources.stream().filter(r -> r.type().equals(type)).toList();
    }

    /** Everything the workbench does not host, in descriptor order. */
    public List<UnsupportedModule> unsupported() {
        return modules(UnsupportedModule.class);
    }
}
