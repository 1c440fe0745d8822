package app.alongside.workbench.plugin.descriptor;

import java.util.List;

/** {@code <web-resource>}: files served as {@code <pluginKey>:<key>}, with dependencies and contexts. */
public record WebResourceModule(String key, String name, List<ResourceDescriptor> resources, List<String> dependencies,
                                List<String> contexts) implements ModuleDescriptor {

    public WebResourceModule {
        ModuleDescriptor.requireKey(type(), key);
        resources = List.copyOf(resources);
        dependencies = List.copyOf(dependencies);
        contexts = List.copyOf(contexts);
    }

    @Override
    public String type() {
        return "web-resource";
    }
}
