package app.alongside.workbench.plugin;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds a {@code <rest>} module's resource ({@code @Path}) and provider ({@code @Provider}) classes in its
 * {@code <package>}s, looking only inside the plugin jar, as Confluence's REST module does. Classes are read as
 * bytes, not loaded, so scanning has no side effects.
 */
final class RestResourceScanner {

    private final String pluginBase;
    private final PathMatchingResourcePatternResolver resolver;
    private final MetadataReaderFactory readers;

    /** {@code pluginBase}: the URL of the plugin jar's root (or classes directory), ending with '/'. */
    RestResourceScanner(String pluginBase, ClassLoader classLoader) {
        this.pluginBase = pluginBase;
        this.resolver = new PathMatchingResourcePatternResolver(classLoader);
        this.readers = new CachingMetadataReaderFactory(classLoader);
    }

    /** Class names of concrete resources and providers in the packages (or the whole plugin if none), sorted. */
    List<String> scan(List<String> packages) {
        TreeSet<String> found = new TreeSet<>();
        List<String> roots = packages.isEmpty() ? List.of("") : packages;
        for (String pkg : roots) {
            String path = pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/";
            try {
                for (Resource resource : resolver.getResources(pluginBase + path + "**/*.class")) {
                    AnnotationMetadata metadata = readers.getMetadataReader(resource).getAnnotationMetadata();
                    if (metadata.isConcrete() && metadata.isIndependent()
                            && (metadata.hasAnnotation(Path.class.getName())
                            || metadata.hasAnnotation(Provider.class.getName()))) {
                        found.add(metadata.getClassName());
                    }
                }
            } catch (IOException e) {
                throw new PluginLoadException("REST package " + pkg + " could not be scanned: " + e.getMessage(), e);
            }
        }
        return List.copyOf(found);
    }
}
