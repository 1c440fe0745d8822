package app.alongside.testsupport.render;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Our approximation of the methods Confluence allows every template to call without a plugin
 * {@code <velocity-allowlist>} entry.
 *
 * <p>Confluence's real global allowlist is not published (reference/confluence-api.md §5 and §10 mark its contents
 * UNCONFIRMED), so this list is deliberately <b>conservative</b>: if we allowed something Confluence refuses, a
 * template would pass here and break in production, whereas refusing something Confluence allows only costs an
 * allowlist entry the app did not strictly need. It holds:
 *
 * <ul>
 *   <li><b>JDK value types, every public method of the type's own API</b>: {@link String}, {@link Boolean},
 *       {@link Character}, {@link Number} and the boxed numbers {@link Byte}, {@link Short}, {@link Integer},
 *       {@link Long}, {@link Float}, {@link Double}.
 *   <li><b>JDK collection interfaces, every method the interface declares</b>: {@link java.util.Collection},
 *       {@link List}, {@link Set}, {@link Map}, {@link Map.Entry}, {@link Iterator}. Because matching walks the
 *       receiver's type hierarchy (see {@link VelocityAllowlist}), {@code $hashMap.get("k")} is allowed through
 *       {@code Map#get(Object)}, but a method an app's own {@code Map} implementation adds is not. Java arrays
 *       are treated as {@link List} (Velocity wraps them so {@code $array.size()} works).
 *   <li><b>Host helpers this package puts in the default context</b>: {@link I18nHelper}'s {@code getText}
 *       methods, standing in for Confluence's own {@code $i18n}, which Confluence allows.
 * </ul>
 *
 * <p>Not on it, so an app must allowlist them or put precomputed strings in the context instead:
 * {@link Object#toString()}, {@code equals} and {@code hashCode} on app classes, {@link Enum} methods such as
 * {@code name()}, {@link java.util.Optional}, {@link java.lang.Iterable} on its own, dates and {@code java.time},
 * {@link java.math.BigDecimal}'s own methods, {@link CharSequence} and {@link StringBuilder}. An app may allowlist
 * a JDK method itself, e.g. {@code java.lang.Enum#name()}, and that entry then applies to every enum. Never
 * allowed, whatever any list says: {@code getClass()}, {@code wait}, {@code notify}, {@code notifyAll}.
 */
public final class GlobalVelocityAllowlist {

    private static final String I18N_HELPER = "app.alongside.testsupport.render.I18nHelper";

    private static final Set<Class<?>> TYPES = Set.of(
            String.class, Boolean.class, Character.class, Number.class,
            Byte.class, Short.class, Integer.class, Long.class, Float.class, Double.class,
            java.util.Collection.class, List.class, Set.class, Map.class, Map.Entry.class, Iterator.class);

    private static final Set<String> METHODS = Set.of(
            I18N_HELPER + "#getText(java.lang.String)",
            I18N_HELPER + "#getText(java.lang.String,java.util.List)",
            I18N_HELPER + "#getText(java.lang.String,java.lang.Object[])");

    private GlobalVelocityAllowlist() {
    }

    /** The types every public method of which (other than the never-allowed ones) is allowed. */
    public static Set<Class<?>> types() {
        return TYPES;
    }

    /** Single methods allowed everywhere, as normalised allowlist entries. */
    public static Set<String> methods() {
        return METHODS;
    }

    static boolean permitsType(Class<?> type) {
        return TYPES.contains(type);
    }

    static boolean permitsMethod(String normalisedEntry) {
        return METHODS.contains(normalisedEntry);
    }
}
