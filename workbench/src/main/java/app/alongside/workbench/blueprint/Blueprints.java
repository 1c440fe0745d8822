package app.alongside.workbench.blueprint;

import app.alongside.testsupport.blueprint.ContentTemplateRenderer;
import app.alongside.workbench.host.content.ContentKind;
import app.alongside.workbench.host.content.ContentRecord;
import app.alongside.workbench.host.content.ContentStore;
import app.alongside.workbench.host.content.NewContent;
import app.alongside.workbench.plugin.InstalledPlugin;
import app.alongside.workbench.plugin.descriptor.BlueprintModule;
import app.alongside.workbench.plugin.descriptor.ContentTemplateModule;
import app.alongside.workbench.plugin.descriptor.ResourceDescriptor;
import app.alongside.workbench.plugin.descriptor.WebItemModule;
import app.alongside.workbench.plugin.descriptor.WebResourceModule;
import app.alongside.workbench.render.StorageFormatException;
import app.alongside.workbench.render.StorageRenderer;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The app's blueprints as Confluence's create-content plugin runs them: the create dialog's items
 * ({@code web-item}s in {@value #CREATE_DIALOG_SECTION} naming a {@code blueprint}), their wizard pages rendered
 * from the app's Soy templates, and creating a page: the wizard's fields go into a context map, the content
 * template's context provider updates it ({@link ContextProvider#getContextMap}), the template's {@code at:var} /
 * {@code at:i18n} elements are filled from it ({@link ContentTemplateRenderer}: values escaped unless
 * {@code at:rawxhtml}), the page is created with the blueprint's index key as its label (publishing the create
 * event), and on first use the space gets the blueprint's index page.
 */
public final class Blueprints {

    public static final String CREATE_DIALOG_SECTION = "system.create.dialog/content";
    /** Where a context provider puts the title of the page to create ({@code BlueprintContext.setTitle}). */
    public static final String TITLE_KEY = "ContentPageTitle";
    /** The wizard field Confluence uses as the page title when the provider sets none. */
    public static final String TITLE_FIELD = "title";

    private static final Logger LOG = LoggerFactory.getLogger(Blueprints.class);

    /** One item of the create dialog, in words. */
    public record Item(WebItemModule webItem, BlueprintModule blueprint, String name, String description,
                       Optional<String> iconUrl) {
    }

    private final InstalledPlugin plugin;
    private final ContentStore store;
    private final I18nResolver i18n;
    private final StorageRenderer storage;
    private final ContentTemplateRenderer templates;
    private final SoyWizards wizards;
    private final ClassLoader classLoader;

    private Blueprints(InstalledPlugin plugin, ContentStore store, I18nResolver i18n, StorageRenderer storage,
                       SoyWizards wizards, ClassLoader classLoader) {
        this.plugin = plugin;
        this.store = store;
        this.i18n = i18n;
        this.storage = storage;
        this.templates = new ContentTemplateRenderer(i18n);
        this.wizards = wizards;
        this.classLoader = classLoader;
    }

    /**
     * Checks the app's blueprints against its descriptor and compiles its Soy wizard templates.
     *
     * @throws IllegalArgumentException if a blueprint names a template, wizard template or resource that is missing,
     *                                  or the Soy does not compile (the message says which)
     */
    public static Blueprints load(InstalledPlugin plugin, ContentStore store, I18nResolver i18n,
                                  StorageRenderer storage, ClassLoader classLoader) {
        List<SoyWizards.SoySource> sources = new ArrayList<>();
        for (WebResourceModule module : plugin.descriptor().modules(WebResourceModule.class)) {
            for (ResourceDescriptor resource : module.resources()) {
                if (resource.location().endsWith(".soy")) {
                    sources.add(new SoyWizards.SoySource(resource.location(), read(classLoader,
                            resource.location(), "web-resource " + module.key())));
                }
            }
        }
        Blueprints blueprints = new Blueprints(plugin, store, i18n, storage, SoyWizards.compile(sources, i18n),
                classLoader);
        blueprints.check();
        return blueprints;
    }

    private void check() {
        for (BlueprintModule blueprint : plugin.descriptor().modules(BlueprintModule.class)) {
            template(blueprint.contentTemplateKey(), blueprint);
            if (blueprint.indexTemplateKey() != null) {
                template(blueprint.indexTemplateKey(), blueprint);
            }
            for (BlueprintModule.DialogPage page : blueprint.dialogPages()) {
                if (!wizards.has(page.templateKey())) {
                    throw new IllegalArgumentException("blueprint " + blueprint.key() + ": dialog-page " + page.id()
                            + " names the Soy template " + page.templateKey() + ", which no .soy file defines");
                }
            }
        }
        for (ContentTemplateModule template : plugin.descriptor().modules(ContentTemplateModule.class)) {
            read(classLoader, template.templateLocation(), "content-template " + template.key());
        }
    }

    /** The create dialog's blueprint items, in Confluence's order (lightest weight first). */
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (WebItemModule webItem : plugin.descriptor().modules(WebItemModule.class)) {
            if (!webItem.section().equals(CREATE_DIALOG_SECTION)) {
                continue;
            }
            String blueprintKey = webItem.params().getOrDefault("blueprintKey", "");
            plugin.descriptor().modules(BlueprintModule.class).stream()
                    .filter(b -> b.key().equals(blueprintKey)).findFirst()
                    .ifPresent(blueprint -> items.add(new Item(webItem, blueprint, name(webItem, blueprint),
                            webItem.descriptionKey().isEmpty() ? "" : i18n.getText(webItem.descriptionKey()),
                            webItem.resource("icon").map(icon -> "/download/resources/" + plugin.descriptor().key()
                                    + ":" + webItem.key() + "/icon"))));
        }
        items.sort(Comparator.comparingInt(item -> item.webItem().weight()));
        return items;
    }

    public Optional<Item> item(String webItemKey) {
        return items().stream().filter(i -> i.webItem().key().equals(webItemKey)).findFirst();
    }

    /** The HTML of a wizard page, rendered from the app's Soy template. */
    public String wizardPage(BlueprintModule.DialogPage page) {
        return wizards.render(page.templateKey());
    }

    public String text(String key) {
        return key == null || key.isEmpty() ? "" : i18n.getText(key);
    }

    /**
     * Creates a page from the item's blueprint in a space, as {@code author}, from the wizard's fields.
     *
     * @throws BlueprintException with a message for the person, if the page cannot be created (no title, a title
     *                            that is taken, a template or context provider that fails)
     */
    public ContentRecord create(Item item, String spaceKey, Map<String, String> fields, String author)
            throws BlueprintException {
        BlueprintModule blueprint = item.blueprint();
        Map<String, Object> context = fill(blueprint.contentTemplateKey(), spaceKey, fields);
        String title = Objects.toString(context.get(TITLE_KEY), "").strip();
        if (title.isEmpty()) {
            title = Objects.toString(fields.get(TITLE_FIELD), "").strip();
        }
        if (title.isEmpty()) {
            throw new BlueprintException("The page needs a title: fill in the wizard\u2019s fields and try again.");
        }
        String body = body(blueprint.contentTemplateKey(), context);
        if (store.byTitle(spaceKey, title).isPresent()) {
            throw new BlueprintException("A page called \u201c" + title + "\u201d already exists in this space. "
                    + "Choose another title.");
        }
        ensureIndexPage(blueprint, spaceKey, author);
        try {
            return store.create(new NewContent(ContentKind.PAGE, spaceKey, title, body, List.of(blueprint.indexKey()),
                    Set.of(), author));
        } catch (IllegalArgumentException e) {
            throw new BlueprintException(e.getMessage(), e);
        }
    }

    /** The index page's title: its i18n title, else the blueprint's name. */
    public String indexTitle(BlueprintModule blueprint) {
        return !blueprint.indexTitleKey().isEmpty() ? i18n.getText(blueprint.indexTitleKey())
                : i18n.getText(blueprint.nameKey());
    }

    /**
     * The space's index page for the blueprint, created the first time the blueprint is used there. The workbench
     * finds it by title (Confluence remembers its id).
     */
    private void ensureIndexPage(BlueprintModule blueprint, String spaceKey, String author) throws BlueprintException {
        String title = indexTitle(blueprint);
        if (store.byTitle(spaceKey, title).isPresent()) {
            return;
        }
        String body;
        if (blueprint.indexTemplateKey() != null) {
            body = body(blueprint.indexTemplateKey(), fill(blueprint.indexTemplateKey(), spaceKey, Map.of()));
        } else {
            body = "<p>" + ContentTemplateRenderer.escape("Pages created from this blueprint have the label \u201c"
                    + blueprint.indexKey() + "\u201d.") + "</p>";
        }
        try {
            store.create(NewContent.page(spaceKey, title, body, author));
        } catch (IllegalArgumentException e) {
            throw new BlueprintException(e.getMessage(), e);
        }
    }

    /** The context map for a template: the fields, the space key, then the template's context provider, if any. */
    private Map<String, Object> fill(String templateKey, String spaceKey, Map<String, String> fields)
            throws BlueprintException {
        Map<String, Object> context = new HashMap<>(fields);
        context.put("spaceKey", spaceKey);
        Optional<ContextProvider> provider = plugin.contextProvider(templateKey);
        if (provider.isEmpty()) {
            return context;
        }
        try {
            Map<String, Object> updated = provider.get().getContextMap(context);
            return updated == null ? context : updated;
        } catch (RuntimeException | LinkageError e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("The context provider of content template {} failed (reference {})", templateKey, reference, e);
            throw new BlueprintException("The app could not prepare the page, so nothing was created. The details "
                    + "are in the workbench log under reference " + reference + ".", e);
        }
    }

    private String body(String templateKey, Map<String, Object> context) throws BlueprintException {
        ContentTemplateModule template = template(templateKey, null);
        String filled;
        try {
            filled = templates.render(read(classLoader, template.templateLocation(), "content-template " + templateKey),
                    context);
            storage.validate(filled);
            return filled;
        } catch (IllegalArgumentException e) {
            throw appFault(templateKey, e.getMessage(), e);
        } catch (StorageFormatException e) {
            throw appFault(templateKey, "the filled template is not valid storage format: " + e.describe(), e);
        }
    }

    private BlueprintException appFault(String templateKey, String detail, Exception cause) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Content template {} could not be filled (reference {}): {}", templateKey, reference, detail, cause);
        return new BlueprintException("The app\u2019s template for this page could not be filled, so nothing was "
                + "created. The details are in the workbench log under reference " + reference + ".", cause);
    }

    private ContentTemplateModule template(String key, BlueprintModule blueprint) {
        return plugin.descriptor().modules(ContentTemplateModule.class).stream().filter(t -> t.key().equals(key))
                .findFirst().orElseThrow(() -> new IllegalArgumentException((blueprint == null ? "" : "blueprint "
                        + blueprint.key() + ": ") + "there is no content-template " + key));
    }

    private String name(WebItemModule webItem, BlueprintModule blueprint) {
        if (!webItem.nameKey().isEmpty()) {
            return i18n.getText(webItem.nameKey());
        }
        return blueprint.nameKey().isEmpty() ? webItem.key() : i18n.getText(blueprint.nameKey());
    }

    private static String read(ClassLoader classLoader, String location, String what) {
        String path = location.startsWith("/") ? location.substring(1) : location;
        try (InputStream in = classLoader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException(what + ": there is no resource " + location + " in the app");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + location, e);
        }
    }
}
