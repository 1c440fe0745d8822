package app.alongside.confluenceapi;

import com.atlassian.confluence.content.render.xhtml.macro.annotation.Format;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.RequiresFormat;
import com.atlassian.event.api.EventListener;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.junit.Test;

import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

/** The scanner index, the event system and REST security read these annotations reflectively. */
public class AnnotationRetentionTest {

    private static final List<Class<? extends Annotation>> ALL = List.of(
            ComponentImport.class, ExportAsService.class, EventListener.class,
            UnrestrictedAccess.class, AnonymousSiteAccess.class, UnlicensedSiteAccess.class,
            LicensedOnly.class, AdminOnly.class, SystemAdminOnly.class);

    @Test
    public void allAreRetainedAtRuntime() {
        for (Class<? extends Annotation> type : ALL) {
            Retention retention = type.getAnnotation(Retention.class);
            assertNotNull(type.getName(), retention);
            assertEquals(type.getName(), RetentionPolicy.RUNTIME, retention.value());
        }
    }

    @Test
    public void targetsMatchTheRealAnnotations() {
        assertTargets(ComponentImport.class, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD);
        assertTargets(ExportAsService.class, ElementType.TYPE, ElementType.FIELD);
        assertTargets(EventListener.class, ElementType.METHOD);
        for (Class<? extends Annotation> type : ALL.subList(3, ALL.size())) {
            assertTargets(type, ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE);
        }
    }

    @Test
    public void requiresFormatIsARuntimeMethodAnnotationWithoutADefault() throws Exception {
        assertEquals(RetentionPolicy.RUNTIME, RequiresFormat.class.getAnnotation(Retention.class).value());
        assertTargets(RequiresFormat.class, ElementType.METHOD);
        assertEquals(Format.class, RequiresFormat.class.getMethod("value").getReturnType());
        assertEquals(null, RequiresFormat.class.getMethod("value").getDefaultValue());
        assertEquals(List.of(Format.Storage, Format.View), List.of(Format.values()));
    }

    @Test
    public void defaultsMatchTheRealAnnotations() throws Exception {
        assertEquals("", ComponentImport.class.getMethod("value").getDefaultValue());
        assertArrayEquals(new Class<?>[0], (Class<?>[]) ExportAsService.class.getMethod("value").getDefaultValue());
    }

    private static void assertTargets(Class<? extends Annotation> type, ElementType first, ElementType... rest) {
        Set<ElementType> actual = EnumSet.noneOf(ElementType.class);
        actual.addAll(List.of(type.getAnnotation(Target.class).value()));
        assertEquals(type.getName(), EnumSet.of(first, rest), actual);
    }
}
