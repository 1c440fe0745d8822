package app.alongside.scanner;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the index files that Atlassian Spring Scanner 2+ reads at plugin start-up
 * ({@code META-INF/plugin-components/component}, {@code imports}, {@code exports}), from the same annotations
 * Atlassian's own build-time scanner reads. That scanner's Maven plugin is not on Maven Central; this processor
 * is the offline build's replacement (see docs/adr/0001-stand-ins-instead-of-atlassian-jars.md).
 *
 * <p>Lines are sorted so the files are byte-for-byte reproducible.
 */
@SupportedAnnotationTypes("*")
public final class SpringScannerIndexProcessor extends AbstractProcessor {

    static final String INDEX_DIRECTORY = "META-INF/plugin-components/";

    private static final Set<String> COMPONENT_ANNOTATIONS = Set.of(
            "jakarta.inject.Named", "javax.inject.Named",
            "org.springframework.stereotype.Component", "org.springframework.stereotype.Service",
            "org.springframework.stereotype.Repository", "org.springframework.stereotype.Controller");
    private static final String COMPONENT_IMPORT =
            "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    private static final String EXPORT_AS_SERVICE =
            "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";

    private final Set<String> components = new TreeSet<>();
    private final Set<String> imports = new TreeSet<>();
    private final Set<String> exports = new TreeSet<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element root : round.getRootElements()) {
            scanType(root);
        }
        if (round.processingOver()) {
            write("component", components);
            write("imports", imports);
            write("exports", exports);
        }
        return false;
    }

    private void scanType(Element element) {
        if (!(element instanceof TypeElement type)) {
            return;
        }
        String binaryName = processingEnv.getElementUtils().getBinaryName(type).toString();
        for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
            String name = annotationName(annotation);
            if (COMPONENT_ANNOTATIONS.contains(name)) {
                components.add(withBeanName(binaryName, stringValue(annotation)));
            } else if (EXPORT_AS_SERVICE.equals(name)) {
                recordExports(type, binaryName, annotation);
            }
        }
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.CONSTRUCTOR) {
                for (VariableElement parameter : ((ExecutableElement) member).getParameters()) {
                    recordImport(parameter);
                }
            } else if (member.getKind() == ElementKind.FIELD) {
                recordImport(member);
            } else if (member.getKind().isClass() || member.getKind().isInterface()) {
                scanType(member);
            }
        }
    }

    private void recordImport(Element injectionPoint) {
        for (AnnotationMirror annotation : injectionPoint.getAnnotationMirrors()) {
            if (COMPONENT_IMPORT.equals(annotationName(annotation))) {
                Types types = processingEnv.getTypeUtils();
                TypeMirror erased = types.erasure(injectionPoint.asType());
                Element typeElement = types.asElement(erased);
                if (!(typeElement instanceof TypeElement imported)) {
                    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                            "@ComponentImport needs a class or interface type", injectionPoint);
                    return;
                }
                String typeName = processingEnv.getElementUtils().getBinaryName(imported).toString();
                imports.add(withBeanName(typeName, stringValue(annotation)));
            }
        }
    }

    private void recordExports(TypeElement type, String binaryName, AnnotationMirror annotation) {
        List<String> declared = classValues(annotation);
        if (declared.isEmpty()) {
            for (TypeMirror implemented : type.getInterfaces()) {
                Element element = ((DeclaredType) implemented).asElement();
                declared = new java.util.ArrayList<>(declared);
                declared.add(processingEnv.getElementUtils().getBinaryName((TypeElement) element).toString());
            }
        }
        for (String exported : declared) {
            exports.add(binaryName + "#" + exported);
        }
    }

    private static String withBeanName(String className, Optional<String> beanName) {
        return beanName.filter(n -> !n.isBlank()).map(n -> className + "#" + n).orElse(className);
    }

    private static String annotationName(AnnotationMirror annotation) {
        return ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    private static Optional<String> stringValue(AnnotationMirror annotation) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : annotation.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("value")
                    && entry.getValue().getValue() instanceof String text) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    private List<String> classValues(AnnotationMirror annotation) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : annotation.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("value")
                    && entry.getValue().getValue() instanceof List<?> values) {
                return values.stream()
                        .map(v -> (TypeMirror) ((AnnotationValue) v).getValue())
                        .map(t -> processingEnv.getElementUtils()
                                .getBinaryName((TypeElement) ((DeclaredType) t).asElement()).toString())
                        .toList();
            }
        }
        return List.of();
    }

    private void write(String file, Set<String> lines) {
        try {
            FileObject resource = processingEnv.getFiler()
                    .createResource(StandardLocation.CLASS_OUTPUT, "", INDEX_DIRECTORY + file);
            try (Writer writer = new java.io.OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    writer.write(line);
                    writer.write('\n');
                }
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "Could not write the Spring Scanner index " + file + ": " + e.getMessage());
        }
    }
}
