package dev.retort.processor.classfile;

import java.util.ArrayList;
import java.util.List;

/** JVM type descriptors (JVMS 4.3): a method's parameters, and values as a parameter of a type takes them. */
public final class Descriptor {

    private Descriptor() {}

    /** The descriptors of a method's parameters, e.g. {@code [I, Ljava/lang/String;]} for {@code (ILjava/lang/String;)V}. */
    static List<String> parameters(String method) {
        List<String> parameters = new ArrayList<>();
        int i = 1;
        while (method.charAt(i) != ')') {
            int start = i;
            while (method.charAt(i) == '[') {
                i++;
            }
            if (method.charAt(i) == 'L') {
                i = method.indexOf(';', i);
            }
            i++;
            parameters.add(method.substring(start, i));
        }
        return parameters;
    }

    /**
     * The value as a parameter of this type receives it: the JVM keeps booleans, chars, bytes and
     * shorts as ints on the operand stack, which reflection would not accept.
     */
    static Object coerce(String descriptor, Object value) {
        if (!(value instanceof Number) && !(value instanceof Character)) {
            return value;
        }
        int asInt = value instanceof Character c ? c : ((Number) value).intValue();
        switch (descriptor) {
            case "Z": return asInt != 0;
            case "C": return (char) asInt;
            case "B": return (byte) asInt;
            case "S": return (short) asInt;
            case "I": return asInt;
            case "J": return ((Number) value).longValue();
            case "F": return ((Number) value).floatValue();
            case "D": return ((Number) value).doubleValue();
            default: return value;
        }
    }

    /** A method's descriptor, e.g. {@code (Ljava/lang/String;I)V}. */
    public static String of(java.lang.reflect.Method method) {
        StringBuilder out = new StringBuilder("(");
        for (Class<?> parameter : method.getParameterTypes()) {
            out.append(of(parameter));
        }
        return out.append(')').append(method.getReturnType() == void.class ? "V" : of(method.getReturnType()))
                .toString();
    }

    static String of(Class<?> type) {
        if (type.isArray()) return "[" + of(type.getComponentType());
        if (type == boolean.class) return "Z";
        if (type == char.class) return "C";
        if (type == byte.class) return "B";
        if (type == short.class) return "S";
        if (type == int.class) return "I";
        if (type == long.class) return "J";
        if (type == float.class) return "F";
        if (type == double.class) return "D";
        return "L" + type.getName().replace('.', '/') + ";";
    }
}
