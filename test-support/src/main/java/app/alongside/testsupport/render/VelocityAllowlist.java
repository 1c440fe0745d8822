package app.alongside.testsupport.render;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The methods an app's Velocity templates may call, as declared in its {@code <velocity-allowlist>} modules, on top
 * of the host's {@linkplain GlobalVelocityAllowlist global allowlist}.
 *
 * <p>Confluence 9.0+ refuses, at render time, every method a template invokes unless the method is on the global
 * allowlist or on a plugin's {@code <velocity-allowlist>}. An entry has the form
 * {@code fully.qualified.Class#method(fully.qualified.ParamType, int)}, for example
 * {@code app.alongside.confluence.view.DecisionView#getTitle()}. This applies equally to explicit calls
 * ({@code $view.getTitle()}, {@code $record.title()}) and to property access, which Velocity turns into a getter
 * call ({@code $view.title} calls {@code getTitle()}, {@code isTitle()} or {@code get("title")}).
 *
 * <p><b>Matching.</b> An entry on class or interface {@code T} permits the call when the receiver's runtime class is
 * {@code T} or a subtype of it (superclasses and all interfaces are walked) and {@code T} itself has a public method
 * with that name and those parameter types. So an entry on an interface allows the method on every implementation,
 * and an entry on a base class allows it on subclasses. Nested classes may be written with {@code $} or {@code .};
 * varargs may be written {@code T...} or {@code T[]}; whitespace is ignored.
 *
 * <p>{@code Object#getClass()}, {@code wait}, {@code notify} and {@code notifyAll} are never permitted, whatever
 * an entry says: they are the classic way out of a template sandbox, and Confluence blocks them.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class VelocityAllowlist {

    private static final VelocityAllowlist EMPTY = new VelocityAllowlist(Set.of());

    /** Methods declared by {@code java.lang.Object} that no allowlist can open. */
    private static final Set<String> NEVER_ALLOWED = Set.of("getClass", "wait", "notify", "notifyAll");

    private final Set<String> entries;

    private VelocityAllowlist(Set<String> normalisedEntries) {
        this.entries = Collections.unmodifiableSet(normalisedEntries);
    }

    /** An allowlist with no app entries: only the {@linkplain GlobalVelocityAllowlist global allowlist} applies. */
    public static VelocityAllowlist empty() {
        return EMPTY;
    }

    /**
     * An allowlist from entries of the form {@code fully.qualified.Class#method(paramTypes)}.
     *
     * @throws IllegalArgumentException if an entry is not in that form
     */
    public static VelocityAllowlist of(String... entries) {
        return of(List.of(entries));
    }

    /**
     * An allowlist from entries of the form {@code fully.qualified.Class#method(paramTypes)}.
     *
     * @throws IllegalArgumentException if an entry is not in that form
     */
    public static VelocityAllowlist of(Collection<String> entries) {
        Set<String> normalised = new LinkedHashSet<>();
        for (String entry : entries) {
            normalised.add(normalise(entry));
        }
        return new VelocityAllowlist(normalised);
    }

    /**
     * Reads every {@code <method>} entry of every {@code <velocity-allowlist>} module in an
     * {@code atlassian-plugin.xml}. The stream is read completely but not closed.
     *
     * <p>The XML parser refuses DOCTYPE declarations and external entities (no XXE): a plugin descriptor needs
     * neither.
     *
     * @throws IllegalArgumentException if the descriptor is not well-formed XML, has a DOCTYPE, or has an entry
     *     not in the form {@code fully.qualified.Class#method(paramTypes)}
     * @throws IOException if the stream cannot be read
     */
    public static VelocityAllowlist fromPluginDescriptor(InputStream atlassianPluginXml) throws IOException {
        Objects.requireNonNull(atlassianPluginXml, "atlassianPluginXml");
        Document document;
        try {
            document = secureDocumentBuilder().parse(atlassianPluginXml);
        } catch (SAXException e) {
            throw new IllegalArgumentException("The plugin descriptor is not acceptable XML: " + e.getMessage(), e);
        }
        List<String> found = new ArrayList<>();
        NodeList modules = document.getElementsByTagName("velocity-allowlist");
        for (int i = 0; i < modules.getLength(); i++) {
            Element module = (Element) modules.item(i);
            for (Node child = module.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element && "method".equals(localName(child))) {
                    String text = child.getTextContent();
                    if (text != null && !text.isBlank()) {
                        found.add(text);
                    }
                }
            }
        }
        return of(found);
    }

    /**
     * Reads {@code atlassian-plugin.xml} from the root of {@code classLoader}'s classpath.
     *
     * @throws IllegalArgumentException if there is no such resource or it is not acceptable (see
     *     {@link #fromPluginDescriptor(InputStream)})
     */
    public static VelocityAllowlist fromClasspathDescriptor(ClassLoader classLoader) throws IOException {
        try (InputStream in = classLoader.getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalArgumentException("No atlassian-plugin.xml on the classpath of " + classLoader);
            }
            return fromPluginDescriptor(in);
        }
    }

    /** This allowlist plus another one's entries (as when several plugins each declare some). */
    public VelocityAllowlist union(VelocityAllowlist other) {
        Set<String> both = new LinkedHashSet<>(entries);
        both.addAll(other.entries);
        return new VelocityAllowlist(both);
    }

    /**
     * The app entries, normalised: nested classes with {@code .}, varargs as {@code []}, no whitespace. Does not
     * include the global allowlist.
     */
    public Set<String> entries() {
        return entries;
    }

    /**
     * Whether a template may invoke {@code method} on an object whose runtime class is {@code receiverClass},
     * according to the global allowlist and this allowlist's entries.
     */
    public boolean permits(Class<?> receiverClass, Method method) {
        return permits(receiverClass, method.getName(), method.getParameterTypes());
    }

    /**
     * Whether a template may invoke the method {@code name(parameterTypes)} on an object whose runtime class is
     * {@code receiverClass}, according to the global allowlist and this allowlist's entries.
     */
    public boolean permits(Class<?> receiverClass, String name, Class<?>... parameterTypes) {
        if (NEVER_ALLOWED.contains(name) && declaredByObject(name, parameterTypes)) {
            return false;
        }
        String signature = signature(name, parameterTypes);
        for (Class<?> type : typeHierarchy(receiverClass)) {
            if (!hasPublicMethod(type, name, parameterTypes)) {
                continue;
            }
            if (GlobalVelocityAllowlist.permitsType(type)
                    || GlobalVelocityAllowlist.permitsMethod(typeName(type) + "#" + signature)
                    || entries.contains(typeName(type) + "#" + signature)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entries that do not name a public method of a class that {@code classLoader} can load, each with the
     * reason. An app's test can assert this is empty so a renamed getter cannot leave a dead entry behind.
     */
    public List<String> unresolvableEntries(ClassLoader classLoader) {
        List<String> problems = new ArrayList<>();
        for (String entry : entries) {
            int hash = entry.indexOf('#');
            int open = entry.indexOf('(', hash);
            String className = entry.substring(0, hash);
            String methodName = entry.substring(hash + 1, open);
            String params = entry.substring(open + 1, entry.length() - 1);
            Class<?> type = loadByNormalisedName(className, classLoader);
            if (type == null) {
                problems.add(entry + ": no class " + className);
                continue;
            }
            boolean found = false;
            for (Method m : type.getMethods()) {
                if (m.getName().equals(methodName) && parameterList(m.getParameterTypes()).equals(params)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                problems.add(entry + ": " + typeName(type) + " has no public method " + methodName + "(" + params + ")");
            }
        }
        return problems;
    }

    /** How an invocation is written in an allowlist entry, e.g. {@code app.x.Foo#bar(java.lang.String)}. */
    public static String describe(Class<?> receiverClass, String name, Class<?>... parameterTypes) {
        return typeName(receiverClass) + "#" + signature(name, parameterTypes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VelocityAllowlist && ((VelocityAllowlist) o).entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "VelocityAllowlist" + entries;
    }

    // ---------------------------------------------------------------------------------------------------------

    static String normalise(String entry) {
        if (entry == null) {
            throw new IllegalArgumentException("A Velocity allowlist entry is null");
        }
        String compact = entry.trim().replaceAll("\\s*([#(),]|\\.\\.\\.|\\[\\])\\s*", "$1");
        int hash = compact.indexOf('#');
        int open = compact.indexOf('(');
        if (compact.chars().anyMatch(Character::isWhitespace) || hash <= 0 || open < hash + 2
                || !compact.endsWith(")") || compact.indexOf(')') != compact.length() - 1
                || compact.indexOf('#', hash + 1) >= 0) {
            throw new IllegalArgumentException("Velocity allowlist entry '" + entry.trim()
                    + "' is not in the form fully.qualified.Class#method(paramTypes)");
        }
        String className = compact.substring(0, hash).replace('$', '.');
        String methodName = compact.substring(hash + 1, open);
        String params = compact.substring(open + 1, compact.length() - 1).replace('$', '.').replace("...", "[]");
        if (!className.matches("[\\p{L}_][\\p{L}\\p{N}_]*(\\.[\\p{L}_][\\p{L}\\p{N}_]*)*")
                || !methodName.matches("[\\p{L}_][\\p{L}\\p{N}_]*")
                || !(params.isEmpty() || params.matches("[\\p{L}_][\\p{L}\\p{N}_.]*(\\[\\])*(,[\\p{L}_][\\p{L}\\p{N}_.]*(\\[\\])*)*"))) {
            throw new IllegalArgumentException("Velocity allowlist entry '" + entry.trim()
                    + "' is not in the form fully.qualified.Class#method(paramTypes)");
        }
        return className + "#" + methodName + "(" + params + ")";
    }

    static String typeName(Class<?> type) {
        return type.getTypeName().replace('$', '.');
    }

    private static String signature(String name, Class<?>[] parameterTypes) {
        return name + "(" + parameterList(parameterTypes) + ")";
    }

    private static String parameterList(Class<?>[] parameterTypes) {
        StringJoiner joiner = new StringJoiner(",");
        for (Class<?> p : parameterTypes) {
            joiner.add(typeName(p));
        }
        return joiner.toString();
    }

    private static boolean declaredByObject(String name, Class<?>[] parameterTypes) {
        try {
            return Object.class.getMethod(name, parameterTypes).getDeclaringClass() == Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static boolean hasPublicMethod(Class<?> type, String name, Class<?>[] parameterTypes) {
        try {
            type.getMethod(name, parameterTypes);
            return true;
        } catch (NoSuchMethodException | SecurityException e) {
            return false;
        }
    }

    /** The class itself, then its superclasses and every interface, breadth first, each once. */
    static List<Class<?>> typeHierarchy(Class<?> start) {
        List<Class<?>> result = new ArrayList<>();
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            Class<?> type = queue.poll();
            if (!seen.add(type)) {
                continue;
            }
            result.add(type);
            if (type.getSuperclass() != null) {
                queue.add(type.getSuperclass());
            }
            Collections.addAll(queue, type.getInterfaces());
        }
        return result;
    }

    private static Class<?> loadByNormalisedName(String dottedName, ClassLoader classLoader) {
        // Entries spell nested classes with '.', so try each split point from the right as a '$'.
        String candidate = dottedName;
        while (true) {
            try {
                return Class.forName(candidate, false, classLoader);
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = candidate.lastIndexOf('.');
                if (dot < 0) {
                    return null;
                }
                candidate = candidate.substring(0, dot) + "$" + candidate.substring(dot + 1);
            }
        }
    }

    private static String localName(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    private static DocumentBuilder secureDocumentBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // not a reason to refuse the descriptor
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be configured securely", e);
        }
    }
}
