package app.alongside.workbench.plugin.descriptor;

import java.util.List;

/** {@code <rest key path version><package>..</package></rest>}: resources at {@code /rest/<path>/<version>/}. */
public record RestModule(String key, String path, String version, List<String> packages) implements ModuleDescriptor {

    public RestModule {
        ModuleDescriptor.requireKey(type(), key);
        if (path == null || !path.matches("/[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*")) {
            throw new IllegalArgumentException("rest " + key + ": path must look like /name: " + path);
        }
        if (version == null || !version.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("rest " + key + ": version must look like 1.0: " + version);
        }
        packages = List.copyOf(packages);
    }

    /** Where the module's resources are served, e.g. {@code /rest/alongside/1.0}. */
    public String basePath() {
        return "/rest" + path + "/" + version;
    }

    @Override
    public String type() {
        return "rest";
    }
}
