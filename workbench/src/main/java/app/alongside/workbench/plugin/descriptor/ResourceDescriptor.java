package app.alongside.workbench.plugin.descriptor;

import java.util.Map;
import java.util.Objects;

/** A {@code <resource type=".." name=".." location=".."/>} element, at the top level or inside a module. */
public record ResourceDescriptor(String type, String name, String location, Map<String, String> params) {

    public ResourceDescriptor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        params = Map.copyOf(Objects.requireNonNullElse(params, Map.of()));
    }

    /** A download of a directory: {@code name="images/" location="images/"} serves everything below it. */
    public boolean isDirectory() {
        return name.endsWith("/");
    }
}
