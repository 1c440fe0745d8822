package app.alongside.testsupport.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.IncludeEventHandler;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.SimpleNode;

/**
 * Renders a Confluence app's Velocity templates the way Confluence Data Center does, so that a template that would
 * fail or leak in Confluence fails in a test first. Used by the app's template tests and by the workbench host.
 *
 * <ul>
 *   <li><b>Velocity 1.6.4</b>, the nearest public relative of Confluence's 1.6 fork; templates are read as UTF-8
 *       from the given class loader (classpath names such as {@code templates/register.vm}); no log output.
 *   <li><b>HTML auto-escaping</b> of every inserted reference, with Confluence's exemptions: see
 *       {@link HtmlAutoEscaping}.
 *   <li><b>The Velocity method allowlist</b> of Confluence 9+: every method a template calls, including getters
 *       behind {@code $x.title}, must be on the {@linkplain GlobalVelocityAllowlist global allowlist} or in the
 *       app's {@link VelocityAllowlist}; otherwise {@link MethodNotAllowlistedException}. See
 *       {@link AllowlistUberspect}.
 *   <li><b>Strict about syntax</b>: a template Velocity 1.6 cannot parse (e.g. a macro with a default argument)
 *       throws {@link TemplateSyntaxException} naming the template and line; a template that parses but uses
 *       constructs that misbehave on 1.6 ({@code $foreach.count}, {@code $list[0]}, {@code #[[ ]]#}) throws
 *       {@link TemplateLintException} (see {@link VelocityTemplateLint}) unless lint is switched off. Templates
 *       pulled in with {@code #parse} are checked the same way.
 *   <li><b>Stricter than Confluence in one place</b>, on purpose: asking a non-null object for a property or method
 *       it does not have throws {@link MissingMemberException} instead of printing the reference text (typically
 *       {@code $record.title} for a record, where 1.6 needs {@code $record.title()}). Switch off with
 *       {@link Builder#lenientMissingMembers()}.
 * </ul>
 *
 * <p>Configuration that is an assumption about Confluence, not a documented fact: inline {@code #macro}s are local to
 * the template that defines them ({@code velocimacro.permissions.allow.inline.local.scope=true}), so two templates
 * may each define a macro of the same name; references are not strict ({@code $!x} and {@code #if($x)} on missing
 * values work as in Confluence). Nothing else is in the context than what the caller passes: Confluence's
 * {@code $htmlUtil}, {@code $generalUtil}, {@code $req} etc. are not emulated ({@link VelocityHelperServiceHost} adds
 * {@code $i18n}).
 *
 * <p>Thread-safe once built; build one per class loader and reuse it (templates are parsed once and cached unless
 * {@link Builder#cacheTemplates(boolean)} is off).
 */
public final class ConfluenceVelocityEngine {

    /** The template name used in messages for {@link #renderFragment(String, Map)}. */
    public static final String FRAGMENT_NAME = "<fragment>";

    private final RuntimeInstance runtime;
    private final ClassLoader classLoader;
    private final VelocityAllowlist allowlist;
    private final boolean lint;
    private final boolean cacheTemplates;
    private final InvocationTracker tracker = new InvocationTracker();
    private final Map<String, List<VelocityTemplateLint.Problem>> lintCache = new ConcurrentHashMap<>();

    private ConfluenceVelocityEngine(Builder builder) {
        this.classLoader = builder.classLoader;
        this.allowlist = builder.allowlist;
        this.lint = builder.lint;
        this.cacheTemplates = builder.cacheTemplates;
        this.runtime = new RuntimeInstance();
        runtime.setProperty("runtime.log.logsystem.class", NullLogChute.class.getName());
        runtime.setProperty("resource.loader", "alongside");
        runtime.setProperty("alongside.resource.loader.instance", new ClassLoaderResourceLoader(classLoader));
        runtime.setProperty("alongside.resource.loader.cache", String.valueOf(cacheTemplates));
        runtime.setProperty("alongside.resource.loader.modificationCheckInterval", "0");
        runtime.setProperty("input.encoding", "UTF-8");
        runtime.setProperty("output.encoding", "UTF-8");
        runtime.setProperty("runtime.introspector.uberspect", AllowlistUberspect.class.getName());
        runtime.setProperty("runtime.references.strict", "false");
        runtime.setProperty("velocimacro.permissions.allow.inline", "true");
        runtime.setProperty("velocimacro.permissions.allow.inline.local.scope", "true");
        runtime.setApplicationAttribute(AllowlistUberspect.ALLOWLIST_ATTRIBUTE, allowlist);
        runtime.setApplicationAttribute(AllowlistUberspect.TRACKER_ATTRIBUTE, tracker);
        runtime.setApplicationAttribute(AllowlistUberspect.STRICT_MEMBERS_ATTRIBUTE, builder.strictMembers);
        try {
            runtime.init();
        } catch (Exception e) {
            throw new IllegalStateException("Velocity 1.6 could not be initialised: " + e.getMessage(), e);
        }
        if (!(runtime.getUberspect() instanceof AllowlistUberspect)) {
            throw new IllegalStateException("Velocity did not install the allowlist uberspector");
        }
    }

    /** An engine for the templates on {@code classLoader}'s classpath, refusing methods not on {@code allowlist}. */
    public static ConfluenceVelocityEngine create(ClassLoader classLoader, VelocityAllowlist allowlist) {
        return builder(classLoader).allowlist(allowlist).build();
    }

    public static Builder builder(ClassLoader classLoader) {
        return new Builder(classLoader);
    }

    /** Options; the defaults are the strict, Confluence-like ones. */
    public static final class Builder {
        private final ClassLoader classLoader;
        private VelocityAllowlist allowlist = VelocityAllowlist.empty();
        private boolean lint = true;
        private boolean cacheTemplates = true;
        private boolean strictMembers = true;

        private Builder(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        }

        /** The app's allowlist (usually {@link VelocityAllowlist#fromPluginDescriptor}); default: none. */
        public Builder allowlist(VelocityAllowlist allowlist) {
            this.allowlist = Objects.requireNonNull(allowlist, "allowlist");
            return this;
        }

        /** Whether templates using constructs that misbehave on Velocity 1.6 are refused; default true. */
        public Builder lintTemplates(boolean lint) {
            this.lint = lint;
            return this;
        }

        /** Whether parsed templates are kept; default true. Off lets the workbench pick up edited templates. */
        public Builder cacheTemplates(boolean cacheTemplates) {
            this.cacheTemplates = cacheTemplates;
            return this;
        }

        /**
         * Print the reference text, as Velocity and Confluence do, instead of throwing
         * {@link MissingMemberException} when a template asks an object for a member it does not have.
         */
        public Builder lenientMissingMembers() {
            this.strictMembers = false;
            return this;
        }

        public ConfluenceVelocityEngine build() {
            return new ConfluenceVelocityEngine(this);
        }
    }

    public ClassLoader classLoader() {
        return classLoader;
    }

    public VelocityAllowlist allowlist() {
        return allowlist;
    }

    /** Whether a template of that name is on the classpath. */
    public boolean templateExists(String templateName) {
        return classLoader.getResource(ClassLoaderResourceLoader.normalise(templateName)) != null;
    }

    /**
     * Parses and lints a template without rendering it.
     *
     * @throws TemplateNotFoundException if there is no such template
     * @throws TemplateSyntaxException if Velocity 1.6 cannot parse it
     * @throws TemplateLintException if it uses constructs that misbehave on Velocity 1.6
     */
    public void checkTemplate(String templateName) {
        template(ClassLoaderResourceLoader.normalise(templateName));
    }

    /** Renders a classpath template with the given context (which is copied, never modified). */
    public String render(String templateName, Map<String, ?> context) {
        StringWriter writer = new StringWriter();
        try {
            render(templateName, context, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return writer.toString();
    }

    /**
     * Renders a classpath template into {@code writer}.
     *
     * @throws TemplateRenderException (or a subclass) if Confluence would fail to render it
     * @throws IOException if the writer fails
     */
    public void render(String templateName, Map<String, ?> context, Writer writer) throws IOException {
        String name = ClassLoaderResourceLoader.normalise(Objects.requireNonNull(templateName, "templateName"));
        Template template = template(name);
        VelocityContext velocityContext = context(context);
        try {
            template.merge(velocityContext, writer);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            throw translate(name, e);
        } finally {
            tracker.clear();
        }
    }

    /**
     * Renders Velocity source given as a string (what ATR's {@code renderFragment} and
     * {@code VelocityHelperService.getRenderedContent} do), with the same escaping, allowlist and checks.
     */
    public String renderFragment(String templateSource, Map<String, ?> context) {
        Objects.requireNonNull(templateSource, "templateSource");
        List<VelocityTemplateLint.Problem> problems = lint ? VelocityTemplateLint.problems(templateSource) : List.of();
        SimpleNode tree;
        try {
            tree = runtime.parse(new StringReader(templateSource), FRAGMENT_NAME);
        } catch (ParseException e) {
            throw syntaxError(FRAGMENT_NAME, new ParseErrorException(e), problems);
        }
        if (!problems.isEmpty()) {
            throw new TemplateLintException(FRAGMENT_NAME, problems);
        }
        StringWriter writer = new StringWriter();
        try {
            runtime.render(context(context), writer, FRAGMENT_NAME, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw translate(FRAGMENT_NAME, e);
        } finally {
            tracker.clear();
        }
        return writer.toString();
    }

    // ---------------------------------------------------------------------------------------------------------

    private VelocityContext context(Map<String, ?> values) {
        VelocityContext context = new VelocityContext(values == null ? new HashMap<>() : new HashMap<>(values));
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new HtmlAutoEscaping.Handler(tracker));
        cartridge.addEventHandler(new IncludedTemplateCheck());
        cartridge.attachToContext(context);
        return context;
    }

    private Template template(String name) {
        List<VelocityTemplateLint.Problem> problems = lintProblems(name);
        Template template;
        try {
            template = runtime.getTemplate(name, "UTF-8");
        } catch (ResourceNotFoundException e) {
            throw new TemplateNotFoundException(name);
        } catch (ParseErrorException e) {
            throw syntaxError(name, e, problems);
        } catch (TemplateRenderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw translate(name, e);
        } catch (Exception e) {
            throw new TemplateRenderException(name, "Template '" + name + "' could not be loaded: " + e, e);
        }
        if (!problems.isEmpty()) {
            throw new TemplateLintException(name, problems);
        }
        return template;
    }

    private List<VelocityTemplateLint.Problem> lintProblems(String name) {
        if (!lint) {
            return List.of();
        }
        if (cacheTemplates) {
            List<VelocityTemplateLint.Problem> cached = lintCache.get(name);
            if (cached != null) {
                return cached;
            }
        }
        List<VelocityTemplateLint.Problem> problems = VelocityTemplateLint.problems(readSource(name));
        if (cacheTemplates) {
            lintCache.put(name, problems);
        }
        return problems;
    }

    private String readSource(String name) {
        try (InputStream in = classLoader.getResourceAsStream(name)) {
            if (in == null) {
                throw new TemplateNotFoundException(name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TemplateRenderException(name, "Template '" + name + "' could not be read: " + e, e);
        }
    }

    private static TemplateSyntaxException syntaxError(String name, ParseErrorException e,
                                                       List<VelocityTemplateLint.Problem> problems) {
        String where = e.getTemplateName() != null && !e.getTemplateName().equals(name)
                ? " (in '" + e.getTemplateName() + "')" : "";
        StringBuilder message = new StringBuilder("Velocity 1.6 cannot parse template '").append(name).append('\'')
                .append(where).append(": ").append(e.getMessage());
        if (!problems.isEmpty()) {
            message.append("\nConstructs that Velocity 1.6 does not support:");
            for (VelocityTemplateLint.Problem p : problems) {
                message.append("\n  ").append(p);
            }
        }
        return new TemplateSyntaxException(name, message.toString(), e);
    }

    private static TemplateRenderException translate(String name, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TemplateRenderException) {
                return (TemplateRenderException) t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (e instanceof ParseErrorException) {
            ParseErrorException pe = (ParseErrorException) e;
            String culprit = pe.getTemplateName() != null ? pe.getTemplateName() : name;
            return syntaxError(culprit, pe, List.of());
        }
        if (e instanceof MethodInvocationException) {
            MethodInvocationException mie = (MethodInvocationException) e;
            Throwable cause = mie.getWrappedThrowable() != null ? mie.getWrappedThrowable() : mie;
            return new TemplateRenderException(name, "Template '" + name + "': " + mie.getReferenceName() + "."
                    + mie.getMethodName() + " threw " + cause + " (template " + mie.getTemplateName() + ", line "
                    + mie.getLineNumber() + ", column " + mie.getColumnNumber() + ")", cause);
        }
        if (e instanceof ResourceNotFoundException) {
            return new TemplateRenderException(name, "Template '" + name + "' refers to a missing template: "
                    + e.getMessage(), e);
        }
        if (e instanceof VelocityException) {
            return new TemplateRenderException(name, "Template '" + name + "' could not be rendered: "
                    + e.getMessage(), e);
        }
        return new TemplateRenderException(name, "Template '" + name + "' could not be rendered: " + e, e);
    }

    /** Templates pulled in with #parse get the same parse and lint checks before Velocity renders them. */
    private final class IncludedTemplateCheck implements IncludeEventHandler {
        @Override
        public String includeEvent(String includeResourcePath, String currentResourcePath, String directiveName) {
            if ("parse".equals(directiveName) && includeResourcePath != null) {
                template(ClassLoaderResourceLoader.normalise(includeResourcePath));
            }
            return includeResourcePath;
        }
    }
}
