package app.alongside.workbench.plugin.descriptor;

import java.util.Objects;

/** The legacy XML-declared {@code <component key class>}: registered in the app's context like an indexed one. */
public record ComponentModule(String key, String className) implements ModuleDescriptor {

    public ComponentModule {
        ModuleDescriptor.requireKey(type(), key);
        Objects.requireNonNull(className, "component " + key + " has no class");
    }

    @Override
    public String type() {
        return "component";
    }
}
