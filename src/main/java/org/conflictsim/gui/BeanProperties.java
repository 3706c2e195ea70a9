package org.conflictsim.gui;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import sim.util.Properties;

/**
 * MASON properties of a bean in a fixed order: for each named property {@code X}, the getter {@code getX()}
 * or {@code isX()}, and when present the setter {@code setX(..)}, the domain {@code domX()} (an
 * {@link sim.util.Interval} gives a slider, a {@code String[]} a menu for an {@code int} property) and the
 * description {@code desX()} (a tooltip). MASON's own scan lists properties in the JVM's method order, which
 * is unspecified; the inspectors here list them in reading order instead. The label of {@code SupportLevel}
 * is "Support level".
 *
 * <p>A setter that throws (an {@link IllegalArgumentException} for a value the model refuses) is reported to
 * the given consumer with its message, and the inspector shows the unchanged value.
 *
 * <p>While {@link #refreshing(Runnable)} runs, writes are ignored: MASON's slider, when an inspector shows a
 * value the model has changed, moves and writes its rounded position back through the setter, which for a
 * lever would pull it (an adaptive sponsor's new support level would come back rounded as an instructor's
 * request).
 */
public final class BeanProperties extends Properties {
    private static final long serialVersionUID = 1L;

    private final transient List<Method> getters = new ArrayList<>();
    private final transient List<Method> setters = new ArrayList<>();
    private final transient List<Method> domains = new ArrayList<>();
    private final transient List<Method> descriptions = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final transient Consumer<String> refusals;
    private boolean refreshing;

    /**
     * Properties of {@code bean}, in the order given.
     *
     * @param bean     the object with getters (and setters, domains, descriptions)
     * @param refusals receives the message when a setter refuses a value
     * @param order    property names as in the getter without {@code get}/{@code is}
     * @throws IllegalArgumentException if a named property has no public getter
     */
    public BeanProperties(Object bean, Consumer<String> refusals, String... order) {
        this.object = bean;
        this.refusals = refusals;
        Class<?> c = bean.getClass();
        for (String name : order) {
            Method get = find(c, "get" + name);
            if (get == null) {
                get = find(c, "is" + name);
            }
            if (get == null || get.getReturnType() == Void.TYPE) {
                throw new IllegalArgumentException(c.getSimpleName() + " has no getter for property " + name);
            }
            getters.add(get);
            setters.add(find(c, "set" + name, get.getReturnType()));
            domains.add(find(c, "dom" + name));
            descriptions.add(find(c, "des" + name));
            names.add(label(name));
        }
    }

    /** The label of a property: "SupportLevel" is shown as "Support level". */
    static String label(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (i > 0 && Character.isUpperCase(ch)) {
                sb.append(' ').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static Method find(Class<?> c, String name, Class<?>... params) {
        try {
            Method m = c.getMethod(name, params);
            return java.lang.reflect.Modifier.isPublic(m.getModifiers()) ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return getters.size();
    }

    @Override
    public Object getValue(int index) {
        try {
            return getters.get(index).invoke(object);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        }
    }

    @Override
    public boolean isReadWrite(int index) {
        return setters.get(index) != null && !isComposite(index);
    }

    @Override
    public String getName(int index) {
        return names.get(index);
    }

    @Override
    public Class<?> getType(int index) {
        return getTypeConversion(getters.get(index).getReturnType());
    }

    @Override
    public Object getDomain(int index) {
        Method m = domains.get(index);
        return m == null ? null : invokeQuietly(m);
    }

    @Override
    public String getDescription(int index) {
        Method m = descriptions.get(index);
        return m == null ? null : (String) invokeQuietly(m);
    }

    /** Runs an inspector refresh during which widgets' write-backs are ignored (Swing thread). */
    public void refreshing(Runnable refresh) {
        refreshing = true;
        try {
            refresh.run();
        } finally {
            refreshing = false;
        }
    }

    @Override
    protected Object _setValue(int index, Object value) {
        Method set = setters.get(index);
        if (set == null) {
            return null;
        }
        if (refreshing) {
            return getValue(index);
        }
        try {
            set.invoke(object, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                refusals.accept(iae.getMessage());
            } else {
                throw rethrow(e);
            }
        }
        return getValue(index);
    }

    private Object invokeQuietly(Method m) {
        try {
            return m.invoke(object);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(InvocationTargetException e) {
        Throwable t = e.getCause();
        if (t instanceof RuntimeException re) {
            return re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(t);
    }
}
