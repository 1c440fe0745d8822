package app.alongside.workbench.http;

import app.alongside.workbench.host.security.AccessRules;
import app.alongside.workbench.plugin.InstalledPlugin;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * A {@code <rest>} module served by Jersey 3 at {@code /rest/<path>/<version>/*}, with the app's resource
 * instances (created by the app's Spring context), Jackson JSON, and Atlassian REST's access rules.
 */
final class RestModules {

    /**
     * Jersey warns that a resource registered as an instance "does not implement any provider interfaces"; it is
     * still served as a resource, so the warning is noise. Held here because java.util.logging keeps loggers weakly.
     */
    private static final java.util.logging.Logger PROVIDER_CHECKS =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    static {
        PROVIDER_CHECKS.setLevel(java.util.logging.Level.SEVERE);
    }

    private RestModules() {
    }

    static ServletContainer servlet(InstalledPlugin.RestBinding binding, AccessRules access) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName(binding.module().key());
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.register(JacksonFeature.class);
        config.register(new RestAccessFeature.XsrfCheck());
        config.register(new RestAccessFeature(access));
        config.register(new UnexpectedRestFailure());
        binding.resources().forEach(config::register);
        binding.providers().forEach(config::register);
        return new ServletContainer(config);
    }
}
