package app.alongside.workbench.plugin.descriptor;

import java.util.Objects;

/** The legacy XML-declared {@code <component-import key interface>}: the host must provide that interface. */
public record ComponentImportModule(String key, String interfaceName) implements ModuleDescriptor {

    public ComponentImportModule {
        ModuleDescriptor.requireKey(type(), key);
        Objects.requireNonNull(interfaceName, "component-import " + key + " has no interface");
    }

    @Override
    public String type() {
        return "component-import";
    }
}
