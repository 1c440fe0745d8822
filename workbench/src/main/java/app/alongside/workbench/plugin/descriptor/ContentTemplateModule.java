package app.alongside.workbench.plugin.descriptor;

import java.util.Map;
import java.util.Objects;

/**
 * {@code <content-template key i18n-name-key><resource name="template" location/><context-provider class/>}: the
 * storage format a blueprint creates pages from, and the app's class that fills its variables.
 * {@code contextProviderClass} is null when the template needs none.
 */
public record ContentTemplateModule(String key, String nameKey, String descriptionKey, String templateLocation,
                                    String contextProviderClass, Map<String, String> contextProviderParams)
        implements ModuleDescriptor {

    public ContentTemplateModule {
        ModuleDescriptor.requireKey(type(), key);
        nameKey = Objects.requireNonNullElse(nameKey, "");
        descriptionKey = Objects.requireNonNullElse(descriptionKey, "");
        if (templateLocation == null || templateLocation.isBlank()) {
            throw new IllegalArgumentException("content-template " + key
                    + " has no <resource name=\"template\" type=\"download\" location=\"...\"/>");
        }
        contextProviderParams = Map.copyOf(Objects.requireNonNullElse(contextProviderParams, Map.of()));
    }

    @Override
    public String type() {
        return "content-template";
    }
}
