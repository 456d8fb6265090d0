package dev.retort.processor.migration;

import com.sun.source.tree.Tree;
import java.util.Optional;

/**
 * The operators of Java's constant expressions (JLS 15.29) on values read at compile time, with
 * binary numeric promotion (JLS 5.6): what javac folds, Retort computes the same way.
 */
final class ConstantExpressions {

    private ConstantExpressions() {}

    static Optional<Object> unary(Tree.Kind kind, Object value) {
        if (kind == Tree.Kind.LOGICAL_COMPLEMENT) {
            return value instanceof Boolean b ? Optional.of(!b) : Optional.empty();
        }
        Object number = value instanceof Character c ? (Object) (int) c : value;
        if (kind == Tree.Kind.UNARY_PLUS) {
            return number instanceof Number ? Optional.of(promoted(number)) : Optional.empty();
        }
        if (number instanceof Integer i) {
            return Optional.of(kind == Tree.Kind.UNARY_MINUS ? -i : ~i);
        }
        if (number instanceof Long l) {
            return Optional.of(kind == Tree.Kind.UNARY_MINUS ? -l : ~l);
        }
        if (kind == Tree.Kind.UNARY_MINUS && number instanceof Double d) {
            return Optional.of(-d);
        }
        if (kind == Tree.Kind.UNARY_MINUS && number instanceof Float f) {
            return Optional.of(-f);
        }
        if (number instanceof Short || number instanceof Byte) {
            return unary(kind, ((Number) number).intValue());
        }
        return Optional.empty();
    }

    static Optional<Object> binary(Tree.Kind kind, Object left, Object right) {
        if (kind == Tree.Kind.PLUS && (left instanceof String || right instanceof String)) {
            return Optional.of(String.valueOf(left) + right);
        }
        if (left instanceof Boolean a && right instanceof Boolean b) {
            switch (kind) {
                case CONDITIONAL_AND: case AND: return Optional.of(a && b);
                case CONDITIONAL_OR: case OR: return Optional.of(a || b);
                case XOR: case NOT_EQUAL_TO: return Optional.of(a ^ b);
                case EQUAL_TO: return Optional.of(a == b);
                default: return Optional.empty();
            }
        }
        if (kind == Tree.Kind.EQUAL_TO || kind == Tree.Kind.NOT_EQUAL_TO) {
            if (left instanceof String || right instanceof String) {
                return Optional.empty();
            }
        }
        Object a = promoted(left);
        Object b = promoted(right);
        if (!(a instanceof Number x) || !(b instanceof Number y)) {
            return Optional.empty();
        }
        if (kind == Tree.Kind.LEFT_SHIFT || kind == Tree.Kind.RIGHT_SHIFT || kind == Tree.Kind.UNSIGNED_RIGHT_SHIFT) {
            return shift(kind, a, y.longValue());
        }
        if (a instanceof Double || b instanceof Double) {
            return floating(kind, x.doubleValue(), y.doubleValue(), false);
        }
        if (a instanceof Float || b instanceof Float) {
            return floating(kind, x.floatValue(), y.floatValue(), true);
        }
        if (a instanceof Long || b instanceof Long) {
            return integral(kind, x.longValue(), y.longValue(), true);
        }
        return integral(kind, x.intValue(), y.intValue(), false);
    }

    /** A char, byte or short as the int it is promoted to; other values as they are. */
    private static Object promoted(Object value) {
        if (value instanceof Character c) {
            return (int) c;
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        return value;
    }

    private static Optional<Object> shift(Tree.Kind kind, Object value, long distance) {
        if (value instanceof Integer i) {
            int d = (int) distance;
            return Optional.of(kind == Tree.Kind.LEFT_SHIFT ? i << d : kind == Tree.Kind.RIGHT_SHIFT ? i >> d : i >>> d);
        }
        if (value instanceof Long l) {
            int d = (int) distance;
            return Optional.of(kind == Tree.Kind.LEFT_SHIFT ? l << d : kind == Tree.Kind.RIGHT_SHIFT ? l >> d : l >>> d);
        }
        return Optional.empty();
    }

    private static Optional<Object> integral(Tree.Kind kind, long a, long b, boolean isLong) {
        Long result;
        switch (kind) {
            case PLUS: result = a + b; break;
            case MINUS: result = a - b; break;
            case MULTIPLY: result = a * b; break;
            case DIVIDE: if (b == 0) return Optional.empty(); result = a / b; break;
            case REMAINDER: if (b == 0) return Optional.empty(); result = a % b; break;
            case AND: result = a & b; break;
            case OR: result = a | b; break;
            case XOR: result = a ^ b; break;
            case LESS_THAN: return Optional.of(a < b);
            case GREATER_THAN: return Optional.of(a > b);
            case LESS_THAN_EQUAL: return Optional.of(a <= b);
            case GREATER_THAN_EQUAL: return Optional.of(a >= b);
            case EQUAL_TO: return Optional.of(a == b);
            case NOT_EQUAL_TO: return Optional.of(a != b);
            default: return Optional.empty();
        }
        return Optional.of(isLong ? result : (Object) (int) (long) result);
    }

    private static Optional<Object> floating(Tree.Kind kind, double a, double b, boolean isFloat) {
        double result;
        switch (kind) {
            case PLUS: result = a + b; break;
            case MINUS: result = a - b; break;
            case MULTIPLY: result = a * b; break;
            case DIVIDE: result = a / b; break;
            case REMAINDER: result = a % b; break;
            case LESS_THAN: return Optional.of(a < b);
            case GREATER_THAN: return Optional.of(a > b);
            case LESS_THAN_EQUAL: return Optional.of(a <= b);
            case GREATER_THAN_EQUAL: return Optional.of(a >= b);
            case EQUAL_TO: return Optional.of(a == b);
            case NOT_EQUAL_TO: return Optional.of(a != b);
            default: return Optional.empty();
        }
        return Optional.of(isFloat ? (Object) (float) result : result);
    }
}
