package app.alongside.workbench.plugin.descriptor;

import java.util.List;

/** {@code <velocity-allowlist><method>Class#method()</method>...}: what the app's templates may call. */
public record VelocityAllowlistModule(String key, List<String> methods) implements ModuleDescriptor {

    public VelocityAllowlistModule {
        ModuleDescriptor.requireKey(type(), key);
        methods = List.copyOf(methods);
    }

    @Override
    public String type() {
        return "velocity-allowlist";
    }
}
