/**
 * Confluence-style rendering of the app's Velocity templates, shared by the template tests and the workbench host.
 *
 * <ul>
 *   <li>{@link app.alongside.testsupport.render.ConfluenceVelocityEngine}: Velocity 1.6.4 with Confluence's HTML
 *       auto-escaping ({@link app.alongside.testsupport.render.HtmlAutoEscaping}), the Confluence 9+ method allowlist
 *       ({@link app.alongside.testsupport.render.VelocityAllowlist},
 *       {@link app.alongside.testsupport.render.GlobalVelocityAllowlist},
 *       {@link app.alongside.testsupport.render.AllowlistUberspect}) and a Velocity 1.6 compatibility lint
 *       ({@link app.alongside.testsupport.render.VelocityTemplateLint});
 *   <li>host services over it: ATR's {@code TemplateRenderer}
 *       ({@link app.alongside.testsupport.render.VelocityTemplateRenderer}), Confluence's
 *       {@code VelocityHelperService} ({@link app.alongside.testsupport.render.VelocityHelperServiceHost}) and SAL's
 *       {@code I18nResolver} over the app's bundles ({@link app.alongside.testsupport.render.BundleI18nResolver}).
 * </ul>
 *
 * <p>Typical test set-up:
 *
 * <pre>{@code
 * ClassLoader cl = getClass().getClassLoader();
 * ConfluenceVelocityEngine engine = ConfluenceVelocityEngine.create(cl, VelocityAllowlist.fromClasspathDescriptor(cl));
 * String html = engine.render("templates/register.vm", Map.of("view", view));
 * }</pre>
 *
 * <p>What is an assumption rather than a documented Confluence fact is said in each class: the global allowlist's
 * contents, macro scope, and the handling of {@code @HtmlSafe} (not supported).
 */
package app.alongside.testsupport.render;
