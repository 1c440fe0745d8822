package app.alongside.scanner;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class SpringScannerIndexProcessorTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private static final String ANNOTATIONS = """
            package jakarta.inject;
            import java.lang.annotation.*;
            @Retention(RetentionPolicy.RUNTIME) public @interface Named { String value() default ""; }
            """;
    private static final String COMPONENT_IMPORT = """
            package com.atlassian.plugin.spring.scanner.annotation.imports;
            import java.lang.annotation.*;
            @Retention(RetentionPolicy.RUNTIME) public @interface ComponentImport { String value() default ""; }
            """;
    private static final String EXPORT = """
            package com.atlassian.plugin.spring.scanner.annotation.export;
            import java.lang.annotation.*;
            @Retention(RetentionPolicy.RUNTIME) public @interface ExportAsService { Class<?>[] value() default {}; }
            """;

    @Test
    public void namedClassesBecomeComponentsSortedAndWithBeanNames() throws IOException {
        Path out = compile(
                source("x.Zeta", "package x; @jakarta.inject.Named public class Zeta {}"),
                source("x.Alpha", "package x; @jakarta.inject.Named(\"alphaBean\") public class Alpha {}"));

        assertEquals(List.of("x.Alpha#alphaBean", "x.Zeta"), lines(out, "component"));
    }

    @Test
    public void componentImportConstructorParametersBecomeImportsOncePerType() throws IOException {
        Path out = compile(
                source("x.Host", "package x; public interface Host {}"),
                source("x.Gen", "package x; public interface Gen<T> {}"),
                source("x.A", """
                        package x;
                        import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                        @jakarta.inject.Named public class A {
                          public A(@ComponentImport Host host, @ComponentImport("salGen") Gen<String> gen) {}
                        }"""),
                source("x.B", """
                        package x;
                        import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                        @jakarta.inject.Named public class B { public B(@ComponentImport Host host) {} }"""));

        assertEquals(List.of("x.Gen#salGen", "x.Host"), lines(out, "imports"));
    }

    @Test
    public void exportAsServiceListsEachExportedInterface() throws IOException {
        Path out = compile(
                source("x.Api", "package x; public interface Api {}"),
                source("x.Other", "package x; public interface Other {}"),
                source("x.Impl", """
                        package x;
                        @jakarta.inject.Named
                        @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService
                        public class Impl implements Api, Other {}"""),
                source("x.Chosen", """
                        package x;
                        @jakarta.inject.Named
                        @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService(Api.class)
                        public class Chosen implements Api, Other {}"""));

        assertEquals(List.of("x.Chosen#x.Api", "x.Impl#x.Api", "x.Impl#x.Other"), lines(out, "exports"));
    }

    @Test
    public void unannotatedCodeProducesEmptyIndexFiles() throws IOException {
        Path out = compile(source("x.Plain", "package x; public class Plain {}"));

        assertTrue(lines(out, "component").isEmpty());
        assertTrue(lines(out, "imports").isEmpty());
        assertTrue(lines(out, "exports").isEmpty());
    }

    private Path compile(JavaFileObject... sources) throws IOException {
        Path out = folder.newFolder().toPath();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
            List<JavaFileObject> all = new ArrayList<>(List.of(sources));
            all.add(source("jakarta.inject.Named", ANNOTATIONS));
            all.add(source("com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport", COMPONENT_IMPORT));
            all.add(source("com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService", EXPORT));
            JavaCompiler.CompilationTask task = compiler.getTask(null, files, null,
                    List.of("-proc:only", "-d", out.toString()), null, all);
            task.setProcessors(List.of(new SpringScannerIndexProcessor()));
            if (!task.call()) {
                throw new AssertionError("compilation failed");
            }
        }
        return out;
    }

    private static List<String> lines(Path out, String file) throws IOException {
        return Files.readAllLines(out.resolve(SpringScannerIndexProcessor.INDEX_DIRECTORY + file));
    }

    private static JavaFileObject source(String className, String code) {
        URI uri = URI.create("string:///" + className.replace('.', '/') + JavaFileObject.Kind.SOURCE.extension);
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

}
