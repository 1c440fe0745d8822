package app.alongside.workbench.plugin.descriptor;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code <web-item section weight i18n-name-key><label key/><link>..</link></web-item>}: a link Confluence shows in a
 * section such as {@code system.admin/configuration} or {@code system.space.tools/addons}, or an item of the create
 * dialog ({@code system.create.dialog/content}) with a description, an icon resource and a {@code blueprintKey}
 * param. {@code hasConditions} says whether it declares conditions, which the workbench does not evaluate.
 */
public record WebItemModule(String key, String name, String section, int weight, String labelKey, String link,
                            String linkId, boolean hasConditions, String nameKey, String descriptionKey,
                            Map<String, String> params, List<ResourceDescriptor> resources)
        implements ModuleDescriptor {

    public WebItemModule {
        ModuleDescriptor.requireKey(type(), key);
        section = Objects.requireNonNullElse(section, "");
        labelKey = Objects.requireNonNullElse(labelKey, "");
        link = Objects.requireNonNullElse(link, "");
        linkId = Objects.requireNonNullElse(linkId, key);
        nameKey = Objects.requireNonNullElse(nameKey, "");
        descriptionKey = Objects.requireNonNullElse(descriptionKey, "");
        params = Map.copyOf(Objects.requireNonNullElse(params, Map.of()));
        resources = List.copyOf(Objects.requireNonNullElse(resources, List.of()));
    }

    /** A link without create-dialog details. */
    public WebItemModule(String key, String name, String section, int weight, String labelKey, String link,
                         String linkId, boolean hasConditions) {
        this(key, name, section, weight, labelKey, link, linkId, hasConditions, "", "", Map.of(), List.of());
    }

    /** The resource named {@code name} (a create-dialog item's {@code icon}). */
    public Optional<ResourceDescriptor> resource(String name) {
        return resources.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    @Override
    public String type() {
        return "web-item";
    }
}
