package app.alongside.workbench.plugin;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;

import java.beans.Introspector;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The app's Spring 6 context, as Confluence's plugin system builds it for a Spring Scanner plugin: the host
 * services the app imports, then every indexed component (constructor injection; {@code FactoryBean}s,
 * {@code @PostConstruct} and {@code DisposableBean} work as in Spring). Module classes (macros, servlets, REST
 * resources, upgrade tasks) are not beans: they are created through the context's
 * {@link AutowireCapableBeanFactory}, so their constructors receive components and host services.
 */
public final class AppContainer implements AutoCloseable {

    private final GenericApplicationContext context;
    private final ClassLoader classLoader;
    private final List<String> componentNames;

    private AppContainer(GenericApplicationContext context, ClassLoader classLoader, List<String> componentNames) {
        this.context = context;
        this.classLoader = classLoader;
        this.componentNames = List.copyOf(componentNames);
    }

    /**
     * Builds and starts the context.
     *
     * @throws PluginLoadException if a component class is missing or cannot be constructed
     */
    public static AppContainer start(String pluginKey, ClassLoader classLoader, HostServices host,
                                     List<ScannerIndex.Entry> components) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setClassLoader(classLoader);
        context.setDisplayName("plugin " + pluginKey);
        context.setAllowBeanDefinitionOverriding(false);
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        for (Class<?> type : host.all().keySet()) {
            registerHostService(context, host, type);
        }
        List<String> names = new ArrayList<>();
        for (ScannerIndex.Entry entry : components) {
            Class<?> type = load(classLoader, entry.className(), "component");
            String name = entry.beanName() != null && !entry.beanName().isBlank()
                    ? entry.beanName() : Introspector.decapitalize(type.getSimpleName());
            context.registerBean(name, type);
            names.add(name);
        }
        try {
            context.refresh();
        } catch (RuntimeException e) {
            throw new PluginLoadException("The app's components could not be created: " + rootMessage(e), e);
        }
        return new AppContainer(context, classLoader, names);
    }

    @SuppressWarnings("unchecked")
    private static <T> void registerHostService(GenericApplicationContext context, HostServices host, Class<T> type) {
        context.registerBean("host:" + type.getName(), type, () -> (T) host.exported(type));
    }

    /**
     * A new instance of a module class, its constructor autowired from the context, checked to be a {@code kind}.
     *
     * @throws PluginLoadException if the class is missing, not a {@code kind}, or cannot be constructed
     */
    public <T> T create(String className, Class<T> kind, String moduleDescription) {
        Class<?> type = load(classLoader, className, moduleDescription);
        if (!kind.isAssignableFrom(type)) {
            throw new PluginLoadException(moduleDescription + ": " + className + " is not a " + kind.getName());
        }
        try {
            return kind.cast(context.getAutowireCapableBeanFactory().createBean(type));
        } catch (RuntimeException e) {
            throw new PluginLoadException(moduleDescription + ": " + className + " could not be created: "
                    + rootMessage(e), e);
        }
    }

    /** A component bean of a type (for tests and the about page). */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public List<String> componentNames() {
        return componentNames;
    }

    public ClassLoader classLoader() {
        return classLoader;
    }

    @Override
    public void close() {
        context.close();
    }

    static Class<?> load(ClassLoader classLoader, String className, String what) {
        Objects.requireNonNull(className, what + " has no class");
        try {
            return Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginLoadException(what + ": class " + className + " cannot be loaded (" + e + ")", e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (cause: " + root + ")";
    }
}
