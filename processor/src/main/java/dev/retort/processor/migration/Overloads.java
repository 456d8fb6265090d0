package dev.retort.processor.migration;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses which of Retort's public methods a call in a migration body means, from the values of its
 * arguments, as javac chooses from their types: an applicable method without boxing or varargs, then
 * with boxing, then with varargs (JLS 15.12.2), the most specific of those. The DSL's overloads differ
 * in the kind of value they take (a String, a Number, a boolean, an array), which the values show.
 */
final class Overloads {

    /** A method and the arguments packed as its parameters take them. */
    record Call(Method method, Object[] arguments) {}

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(boolean.class, Boolean.class, byte.class, Byte.class,
            short.class, Short.class, char.class, Character.class, int.class, Integer.class, long.class, Long.class,
            float.class, Float.class, double.class, Double.class);
    /** The primitive types each one widens to (JLS 5.1.2), itself included. */
    private static final Map<Class<?>, List<Class<?>>> WIDENS_TO = Map.of(
            byte.class, List.of(byte.class, short.class, int.class, long.class, float.class, double.class),
            short.class, List.of(short.class, int.class, long.class, float.class, double.class),
            char.class, List.of(char.class, int.class, long.class, float.class, double.class),
            int.class, List.of(int.class, long.class, float.class, double.class),
            long.class, List.of(long.class, float.class, double.class),
            float.class, List.of(float.class, double.class),
            double.class, List.of(double.class),
            boolean.class, List.of(boolean.class));

    private Overloads() {}

    /** The public methods of each class of Retort a body calls, by name: looked up once per compilation's classes. */
    private static final Map<Class<?>, Map<String, List<Method>>> METHODS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The public method of {@code owner} named {@code name} that these values call; empty when none or several do. */
    static Optional<Call> resolve(Class<?> owner, String name, boolean isStatic, Object[] values) {
        List<Method> candidates = new ArrayList<>();
        for (Method method : methods(owner, name)) {
            if (Modifier.isStatic(method.getModifiers()) == isStatic) {
                candidates.add(method);
            }
        }
        for (int phase = 1; phase <= 3; phase++) {
            List<Call> applicable = new ArrayList<>();
            for (Method method : candidates) {
                applicable(method, values, phase).ifPresent(applicable::add);
            }
            if (!applicable.isEmpty()) {
                return mostSpecific(applicable);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code owner} has a public method of this name at all. */
    static boolean declares(Class<?> owner, String name) {
        return !methods(owner, name).isEmpty();
    }

    private static List<Method> methods(Class<?> owner, String name) {
        return METHODS.computeIfAbsent(owner, type -> {
            Map<String, List<Method>> byName = new java.util.HashMap<>();
            for (Method method : type.getMethods()) {
                byName.computeIfAbsent(method.getName(), n -> new ArrayList<>()).add(method);
            }
            return byName;
        }).getOrDefault(name, List.of());
    }

    private static Optional<Call> applicable(Method method, Object[] values, int phase) {
        Class<?>[] parameters = method.getParameterTypes();
        if (phase < 3 && parameters.length == values.length) {
            for (int i = 0; i < values.length; i++) {
                if (!accepts(parameters[i], values[i], phase == 2)) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Call(method, converted(parameters, values)));
        }
        if (phase == 3 && method.isVarArgs() && values.length >= parameters.length - 1) {
            int fixed = parameters.length - 1;
            Class<?> component = parameters[fixed].getComponentType();
            for (int i = 0; i < values.length; i++) {
                if (!accepts(i < fixed ? parameters[i] : component, values[i], true)) {
                    return Optional.empty();
                }
            }
            Object[] packed = new Object[parameters.length];
            for (int i = 0; i < fixed; i++) {
                packed[i] = convert(parameters[i], values[i]);
            }
            Object rest = Array.newInstance(component, values.length - fixed);
            for (int i = fixed; i < values.length; i++) {
                Array.set(rest, i - fixed, convert(component, values[i]));
            }
            packed[fixed] = rest;
            return Optional.of(new Call(method, packed));
        }
        return Optional.empty();
    }

    /**
     * Whether a parameter of this type takes the value. A boxed number, boolean or character stands
     * for the primitive a literal or constant gives: a reference parameter takes it only with boxing.
     */
    private static boolean accepts(Class<?> parameter, Object value, boolean boxing) {
        if (value == null) {
            return !parameter.isPrimitive();
        }
        Class<?> primitive = primitiveOf(value.getClass());
        if (parameter.isPrimitive()) {
            return primitive != null && WIDENS_TO.get(primitive).contains(parameter);
        }
        return (primitive == null || boxing) && parameter.isInstance(value);
    }

    private static Class<?> primitiveOf(Class<?> box) {
        for (Map.Entry<Class<?>, Class<?>> entry : BOXES.entrySet()) {
            if (entry.getValue() == box) {
                return entry.getKey();
            }
        }
        return null;
    }

    private static Object[] converted(Class<?>[] parameters, Object[] values) {
        Object[] result = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = convert(parameters[i], values[i]);
        }
        return result;
    }

    /** A value widened to the primitive type of its parameter, as the call widens it. */
    static Object convert(Class<?> type, Object value) {
        if (!type.isPrimitive() || value == null || type == boolean.class) {
            return value;
        }
        if (type == char.class) {
            return value;
        }
        Number number = value instanceof Character c ? (Number) (int) c : (Number) value;
        if (type == long.class) {
            return number.longValue();
        }
        if (type == int.class) {
            return number.intValue();
        }
        if (type == short.class) {
            return number.shortValue();
        }
        if (type == byte.class) {
            return number.byteValue();
        }
        if (type == float.class) {
            return number.floatValue();
        }
        return number.doubleValue();
    }

    /** The one call whose parameters every other's accept (JLS 15.12.2.5); empty when the calls are ambiguous. */
    private static Optional<Call> mostSpecific(List<Call> calls) {
        for (Call call : calls) {
            boolean best = true;
            for (Call other : calls) {
                if (other != call && !moreSpecific(call.method(), other.method())) {
                    best = false;
                    break;
                }
            }
            if (best) {
                return Optional.of(call);
            }
        }
        return Optional.empty();
    }

    private static boolean moreSpecific(Method a, Method b) {
        Class<?>[] pa = a.getParameterTypes();
        Class<?>[] pb = b.getParameterTypes();
        if (pa.length != pb.length) {
            return false;
        }
        for (int i = 0; i < pa.length; i++) {
            boolean subtype = pa[i].isPrimitive() && pb[i].isPrimitive()
                    ? WIDENS_TO.get(pa[i]).contains(pb[i]) : pb[i].isAssignableFrom(pa[i]);
            if (!subtype) {
                return false;
            }
        }
        return true;
    }
}
