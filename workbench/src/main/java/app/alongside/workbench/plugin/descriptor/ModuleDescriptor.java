package app.alongside.workbench.plugin.descriptor;

/**
 * One module of an {@code atlassian-plugin.xml}, as the workbench understands it. Each module type the workbench
 * hosts has its own record; {@link AcceptedModule} marks a type that needs nothing from the workbench, and
 * {@link UnsupportedModule} one it does not host (reported at start-up and on the about page).
 */
public sealed interface ModuleDescriptor permits MacroModule, ServletModule, RestModule, WebResourceModule, AoModule,
        VelocityAllowlistModule, WebItemModule, ComponentModule, ComponentImportModule, AcceptedModule,
        UnsupportedModule, ContentTemplateModule, BlueprintModule {

    /** The element name, e.g. {@code xhtml-macro}. */
    String type();

    /** The module key, unique in the plugin. */
    String key();

    static String requireKey(String type, String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a <" + type + "> module has no key");
        }
        return key;
    }
}
