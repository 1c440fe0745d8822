package app.alongside.confluence.decision.blueprint;

import app.alongside.confluence.text.I18nMessages;
import app.alongside.confluence.testing.PluginFiles;
import app.alongside.testsupport.blueprint.ContentTemplateRenderer;
import app.alongside.testsupport.render.BundleI18nResolver;
import app.alongside.text.Messages;
import com.atlassian.plugin.web.ContextProvider;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * What Confluence's create-content plugin does with a blueprint, for the app's tests: the wizard's fields go into a
 * context map, the content template's context provider updates it, and the template is filled from it.
 */
final class BlueprintFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 14);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneId.of("UTC"));
    static final String TITLE_KEY = "ContentPageTitle";

    final BundleI18nResolver i18n = BundleI18nResolver.fromClasspath(getClass().getClassLoader(), "i18n/alongside");
    final Messages messages = new I18nMessages(i18n);
    final ContentTemplateRenderer templates = new ContentTemplateRenderer(i18n);

    MeetingContextProvider meeting() {
        return new MeetingContextProvider(messages, CLOCK);
    }

    DecisionRecordContextProvider decisionRecord() {
        return new DecisionRecordContextProvider(CLOCK);
    }

    /** The context map after the provider ran, as Confluence builds it from the wizard's form fields. */
    static Map<String, Object> context(ContextProvider provider, String... fieldsAndValues) {
        Map<String, Object> context = new HashMap<>();
        context.put("spaceKey", "RC");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            context.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return provider.getContextMap(context);
    }

    /** The storage format of a page created from a template, filled from a context. */
    String fill(String templateLocation, Map<String, Object> context) {
        return templates.render(PluginFiles.read(PluginFiles.CLASSES.resolve(templateLocation)), context);
    }
}
