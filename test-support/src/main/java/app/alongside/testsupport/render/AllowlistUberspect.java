package app.alongside.testsupport.render;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.parser.node.AbstractExecutor;
import org.apache.velocity.runtime.parser.node.BooleanPropertyExecutor;
import org.apache.velocity.runtime.parser.node.GetExecutor;
import org.apache.velocity.runtime.parser.node.MapGetExecutor;
import org.apache.velocity.runtime.parser.node.MapSetExecutor;
import org.apache.velocity.runtime.parser.node.PropertyExecutor;
import org.apache.velocity.runtime.parser.node.PutExecutor;
import org.apache.velocity.runtime.parser.node.SetExecutor;
import org.apache.velocity.runtime.parser.node.SetPropertyExecutor;
import org.apache.velocity.util.ArrayListWrapper;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Velocity's introspection with Confluence 9+'s method allowlist in front of it.
 *
 * <p>Every way a template can make Velocity call a Java method goes through here: method calls
 * ({@code $x.bar()}, {@code $record.title()}), property reads ({@code $x.title} → {@code getTitle()},
 * {@code isTitle()} or {@code get("title")}), property writes ({@code #set($x.title = ...)}) and {@code #foreach} over
 * an object that is only {@code Iterable}. Resolution is exactly Velocity 1.6.4's ({@link UberspectImpl}); the
 * method it finds is then checked with {@link VelocityAllowlist#permits(Class, Method)} and, if refused, the render
 * fails with {@link MethodNotAllowlistedException} at the template line that made the call.
 *
 * <p>Configured through runtime application attributes set by {@link ConfluenceVelocityEngine}; not meant to be used
 * on its own.
 */
public final class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {

    static final String ALLOWLIST_ATTRIBUTE = AllowlistUberspect.class.getName() + ".allowlist";
    static final String TRACKER_ATTRIBUTE = AllowlistUberspect.class.getName() + ".tracker";
    static final String STRICT_MEMBERS_ATTRIBUTE = AllowlistUberspect.class.getName() + ".strictMembers";

    private VelocityAllowlist allowlist = VelocityAllowlist.empty();
    private InvocationTracker tracker = new InvocationTracker();
    private boolean strictMembers = true;
    private final Map<Class<?>, Map<Method, Boolean>> verdicts = new ConcurrentHashMap<>();

    @Override
    public void setRuntimeServices(RuntimeServices rs) {
        Object configured = rs.getApplicationAttribute(ALLOWLIST_ATTRIBUTE);
        if (configured instanceof VelocityAllowlist) {
            allowlist = (VelocityAllowlist) configured;
        }
        Object sharedTracker = rs.getApplicationAttribute(TRACKER_ATTRIBUTE);
        if (sharedTracker instanceof InvocationTracker) {
            tracker = (InvocationTracker) sharedTracker;
        }
        Object strict = rs.getApplicationAttribute(STRICT_MEMBERS_ATTRIBUTE);
        if (strict instanceof Boolean) {
            strictMembers = (Boolean) strict;
        }
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) throws Exception {
        if (obj == null) {
            return null;
        }
        Class<?> type = obj.getClass();
        Method method = introspector.getMethod(type, methodName, args);
        if (method != null) {
            check(type, method, info);
            return new TrackedMethod(new VelMethodImpl(method), tracker);
        }
        if (type.isArray()) {
            // Velocity lets templates treat arrays as lists ($array.size(), $array.get(0)).
            method = introspector.getMethod(ArrayListWrapper.class, methodName, args);
            if (method != null) {
                if (!allowlist.permits(List.class, method)) {
                    throw refused(VelocityAllowlist.describe(type, method.getName(), method.getParameterTypes()), info);
                }
                return new TrackedMethod(new VelMethodImpl(method, true), tracker);
            }
        } else if (type == Class.class) {
            // Velocity also calls static methods of a Class object put in the context.
            method = introspector.getMethod((Class<?>) obj, methodName, args);
            if (method != null) {
                check((Class<?>) obj, method, info);
                return new TrackedMethod(new VelMethodImpl(method), tracker);
            }
        }
        if (strictMembers) {
            throw new MissingMemberException(info.getTemplateName(), VelocityAllowlist.typeName(type)
                    + " has no public method " + methodName + "(" + argumentTypes(args) + ") (" + where(info)
                    + "). Velocity would print the reference text instead of a value.");
        }
        return null;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
        if (obj == null) {
            return null;
        }
        Class<?> type = obj.getClass();
        // The same search, in the same order, as UberspectImpl.getPropertyGet in Velocity 1.6.4.
        AbstractExecutor executor = new PropertyExecutor(log, introspector, type, identifier);
        if (!executor.isAlive()) {
            executor = new MapGetExecutor(log, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new GetExecutor(log, introspector, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new BooleanPropertyExecutor(log, introspector, type, identifier);
        }
        if (!executor.isAlive()) {
            if (strictMembers) {
                throw new MissingMemberException(info.getTemplateName(), missingPropertyMessage(type, identifier, info));
            }
            return null;
        }
        check(type, executor.getMethod(), info);
        return new TrackedGetter(new VelGetterImpl(executor), tracker);
    }

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) throws Exception {
        if (obj == null) {
            return null;
        }
        Class<?> type = obj.getClass();
        // The same search, in the same order, as UberspectImpl.getPropertySet in Velocity 1.6.4.
        SetExecutor executor = new SetPropertyExecutor(log, introspector, type, identifier, arg);
        if (!executor.isAlive()) {
            executor = new MapSetExecutor(log, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new PutExecutor(log, introspector, type, arg, identifier);
        }
        if (!executor.isAlive()) {
            if (strictMembers) {
                throw new MissingMemberException(info.getTemplateName(), VelocityAllowlist.typeName(type)
                        + " has no settable property '" + identifier + "' (" + where(info) + ")");
            }
            return null;
        }
        check(type, executor.getMethod(), info);
        return new VelSetterImpl(executor);
    }

    @Override
    public Iterator<?> getIterator(Object obj, Info info) throws Exception {
        if (obj != null && !(obj.getClass().isArray() || obj instanceof Collection || obj instanceof Map
                || obj instanceof Iterator || obj instanceof Enumeration)) {
            // Velocity falls back to calling a public iterator() method reflectively: that is a method call too.
            try {
                Method iterator = obj.getClass().getMethod("iterator");
                check(obj.getClass(), iterator, info);
            } catch (NoSuchMethodException e) {
                // not iterable: Velocity skips the #foreach, as it would in Confluence
            }
        }
        return super.getIterator(obj, info);
    }

    private void check(Class<?> receiver, Method method, Info info) {
        boolean permitted = verdicts.computeIfAbsent(receiver, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(method, m -> allowlist.permits(receiver, m));
        if (!permitted) {
            throw refused(VelocityAllowlist.describe(receiver, method.getName(), method.getParameterTypes()), info);
        }
    }

    private static MethodNotAllowlistedException refused(String method, Info info) {
        return new MethodNotAllowlistedException(info.getTemplateName(), method, where(info));
    }

    private static String where(Info info) {
        return "template " + info.getTemplateName() + ", line " + info.getLine() + ", column " + info.getColumn();
    }

    private static String argumentTypes(Object[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; args != null && i < args.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(args[i] == null ? "null" : VelocityAllowlist.typeName(args[i].getClass()));
        }
        return sb.toString();
    }

    private static String missingPropertyMessage(Class<?> type, String identifier, Info info) {
        String capitalised = identifier.isEmpty() ? identifier
                : Character.toUpperCase(identifier.charAt(0)) + identifier.substring(1);
        StringBuilder sb = new StringBuilder(VelocityAllowlist.typeName(type))
                .append(" has no property '").append(identifier).append("' (").append(where(info))
                .append("): Velocity 1.6 looks for get").append(capitalised).append("(), get").append(identifier)
                .append("(), get(\"").append(identifier).append("\") and is").append(capitalised)
                .append("(), and would print the reference text instead of a value.");
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(identifier)) {
                    sb.append(" ").append(VelocityAllowlist.typeName(type)).append(" is a record, and Velocity 1.6")
                            .append(" does not know records: call the accessor, ").append(identifier)
                            .append("(), and allowlist ").append(VelocityAllowlist.typeName(type)).append('#')
                            .append(identifier).append("().");
                }
            }
        }
        return sb.toString();
    }

    /** Records what the method returned, for the auto-escaping exemption by method name. */
    private static final class TrackedMethod implements VelMethod {
        private final VelMethod delegate;
        private final InvocationTracker tracker;

        TrackedMethod(VelMethod delegate, InvocationTracker tracker) {
            this.delegate = delegate;
            this.tracker = tracker;
        }

        @Override
        public Object invoke(Object o, Object[] params) throws Exception {
            Object result = delegate.invoke(o, params);
            tracker.record(delegate.getMethodName(), result);
            return result;
        }

        @Override
        public boolean isCacheable() {
            return delegate.isCacheable();
        }

        @Override
        public String getMethodName() {
            return delegate.getMethodName();
        }

        @Override
        public Class<?> getReturnType() {
            return delegate.getReturnType();
        }
    }

    /** Records which getter a property read invoked, for the auto-escaping exemption by method name. */
    private static final class TrackedGetter implements VelPropertyGet {
        private final VelPropertyGet delegate;
        private final InvocationTracker tracker;

        TrackedGetter(VelPropertyGet delegate, InvocationTracker tracker) {
            this.delegate = delegate;
            this.tracker = tracker;
        }

        @Override
        public Object invoke(Object o) throws Exception {
            Object result = delegate.invoke(o);
            tracker.record(delegate.getMethodName(), result);
            return result;
        }

        @Override
        public boolean isCacheable() {
            return delegate.isCacheable();
        }

        @Override
        public String getMethodName() {
            return delegate.getMethodName();
        }
    }
}
