package app.alongside.workbench.plugin.descriptor;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code <servlet key class><url-pattern>/x</url-pattern></servlet>}: served below {@code /plugins/servlet}. */
public record ServletModule(String key, String name, String className, List<String> urlPatterns,
                            Map<String, String> initParams) implements ModuleDescriptor {

    public static final String PREFIX = "/plugins/servlet";

    public ServletModule {
        ModuleDescriptor.requireKey(type(), key);
        Objects.requireNonNull(className, "servlet " + key + " has no class");
        urlPatterns = List.copyOf(urlPatterns);
        if (urlPatterns.isEmpty()) {
            throw new IllegalArgumentException("servlet " + key + " has no <url-pattern>");
        }
        for (String pattern : urlPatterns) {
            if (!pattern.startsWith("/")) {
                throw new IllegalArgumentException("servlet " + key + ": url-pattern must start with '/': " + pattern);
            }
        }
        initParams = Map.copyOf(Objects.requireNonNullElse(initParams, Map.of()));
    }

    @Override
    public String type() {
        return "servlet";
    }
}
