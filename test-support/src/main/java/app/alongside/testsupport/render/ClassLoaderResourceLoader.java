package app.alongside.testsupport.render;

import java.io.InputStream;
import org.apache.commons.collections.ExtendedProperties;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;

/**
 * Loads templates from one given ClassLoader, the way Confluence loads a plugin's templates from the plugin's own
 * bundle class loader (names are classpath paths such as {@code templates/register.vm}; a leading {@code /} is
 * ignored). Unlike Velocity's ClasspathResourceLoader it never looks at the thread context class loader.
 */
final class ClassLoaderResourceLoader extends ResourceLoader {

    private final ClassLoader classLoader;

    ClassLoaderResourceLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    static String normalise(String templateName) {
        String name = templateName;
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        return name;
    }

    @Override
    public void init(ExtendedProperties configuration) {
        // nothing to configure: the class loader is given
    }

    @Override
    public InputStream getResourceStream(String source) throws ResourceNotFoundException {
        if (source == null || source.isEmpty()) {
            throw new ResourceNotFoundException("No template name given");
        }
        InputStream in = classLoader.getResourceAsStream(normalise(source));
        if (in == null) {
            throw new ResourceNotFoundException("No Velocity template '" + source + "' on the classpath");
        }
        return in;
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
