package app.alongside.workbench.plugin.descriptor;

import java.util.Objects;

/**
 * {@code <web-item section weight><label key/><link>..</link></web-item>}: a link Confluence shows in a section
 * such as {@code system.admin/configuration} or {@code system.space.tools/addons}. {@code hasConditions} says
 * whether it declares conditions, which the workbench does not evaluate.
 */
public record WebItemModule(String key, String name, String section, int weight, String labelKey, String link,
                            String linkId, boolean hasConditions) implements ModuleDescriptor {

    public WebItemModule {
        ModuleDescriptor.requireKey(type(), key);
        section = Objects.requireNonNullElse(section, "");
        labelKey = Objects.requireNonNullElse(labelKey, "");
        link = Objects.requireNonNullElse(link, "");
        linkId = Objects.requireNonNullElse(linkId, key);
    }

    @Override
    public String type() {
        return "web-item";
    }
}
