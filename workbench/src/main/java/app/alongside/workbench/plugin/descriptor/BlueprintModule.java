package app.alongside.workbench.plugin.descriptor;

import java.util.List;
import java.util.Objects;

/**
 * {@code <blueprint key content-template-key index-key ...><dialog-wizard><dialog-page .../></dialog-wizard>}: a
 * way to create a page from a content template, with a wizard before it. Pages created from it are labelled with
 * {@code indexKey}, and the space gets an index page (from {@code indexTemplateKey} if given) on first use.
 */
public record BlueprintModule(String key, String nameKey, String contentTemplateKey, String indexKey,
                              String indexTemplateKey, String indexTitleKey, String createResult,
                              String wizardKey, List<DialogPage> dialogPages) implements ModuleDescriptor {

    /** {@code <dialog-page id template-key title-key description-header-key description-content-key last>}. */
    public record DialogPage(String id, String templateKey, String titleKey, String descriptionHeaderKey,
                             String descriptionContentKey, boolean last) {
        public DialogPage {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a dialog-page has no id");
            }
            if (templateKey == null || templateKey.isBlank()) {
                throw new IllegalArgumentException("dialog-page " + id + " has no template-key");
            }
            titleKey = Objects.requireNonNullElse(titleKey, "");
            descriptionHeaderKey = Objects.requireNonNullElse(descriptionHeaderKey, "");
            descriptionContentKey = Objects.requireNonNullElse(descriptionContentKey, "");
        }
    }

    public BlueprintModule {
        ModuleDescriptor.requireKey(type(), key);
        nameKey = Objects.requireNonNullElse(nameKey, "");
        if (contentTemplateKey == null || contentTemplateKey.isBlank()) {
            throw new IllegalArgumentException("blueprint " + key + " has no content-template-key");
        }
        if (indexKey == null || !indexKey.matches("[a-z0-9][a-z0-9_-]{0,254}")) {
            throw new IllegalArgumentException("blueprint " + key + ": index-key must be a lower-case label: "
                    + indexKey);
        }
        indexTemplateKey = indexTemplateKey == null || indexTemplateKey.isBlank() ? null : indexTemplateKey;
        indexTitleKey = Objects.requireNonNullElse(indexTitleKey, "");
        createResult = createResult == null || createResult.isBlank() ? "edit" : createResult;
        wizardKey = Objects.requireNonNullElse(wizardKey, "");
        dialogPages = List.copyOf(Objects.requireNonNullElse(dialogPages, List.of()));
    }

    @Override
    public String type() {
        return "blueprint";
    }
}
