package dev.retort.schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Retort folds every SQL identifier to lower case: unquoted identifiers are case-insensitive in H2,
 * PostgreSQL and MariaDB, so {@code Users} and {@code users} are the same table, and a folded name
 * renders the same way on all three.
 */
public final class Identifiers {

    private Identifiers() {}

    /** The folded form of a name; fails with a clear message on a blank or malformed one. */
    public static String fold(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new SchemaMisfitException(what + " name is blank");
        }
        if (!isPlain(name)) {
            throw new SchemaMisfitException(what + " name '" + name
                    + "' is not a plain SQL identifier (letters, digits, _ and $, not starting with a digit)");
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** Whether a name is a plain SQL identifier: letters, digits, {@code _} and {@code $}, not starting with a digit. */
    public static boolean isPlain(String name) {
        return isPlain(name, 0, name.length());
    }

    /**
     * Whether {@code name} is {@code [A-Za-z_][A-Za-z0-9_$]*} from {@code start} to {@code end}: checked
     * by hand, since a regular expression's matcher is an allocation per name the processor folds.
     */
    private static boolean isPlain(String name, int start, int end) {
        if (start >= end || !isStart(name.charAt(start))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            char c = name.charAt(i);
            if (!isStart(c) && !(c >= '0' && c <= '9') && c != '$') {
                return false;
            }
        }
        return true;
    }

    private static boolean isStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    /** {@code ([A-Za-z_][A-Za-z0-9_$]*\.)?[A-Za-z_][A-Za-z0-9_$]*} */
    private static boolean isPlainOrQualified(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? isPlain(name)
                : isPlain(name, 0, dot) && isPlain(name, dot + 1, name.length());
    }

    /**
     * The folded form of a table's or sequence's name, which may be qualified by the SQL schema that
     * holds it: {@code orders} is in the connection's default schema, {@code sales.orders} in
     * {@code sales}.
     */
    public static String foldQualified(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new SchemaMisfitException(what + " name is blank");
        }
        if (!isPlainOrQualified(name)) {
            throw new SchemaMisfitException(what + " name '" + name + "' is not a plain SQL identifier,"
                    + " or one qualified by a schema (letters, digits, _ and $, not starting with a digit)");
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** The SQL schema a folded, possibly qualified name is in; empty for the default schema. */
    public static Optional<String> namespaceOf(String qualifiedName) {
        int dot = qualifiedName.indexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(qualifiedName.substring(0, dot));
    }

    /**
     * A folded, possibly qualified table name as part of another name (a constraint's, an index's):
     * the schema's dot becomes an underscore, {@code sales.orders} gives {@code sales_orders}.
     */
    public static String namePart(String qualifiedName) {
        return qualifiedName.replace('.', '_');
    }

    /** A folded, possibly qualified name without its SQL schema. */
    public static String localName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.indexOf('.') + 1);
    }

    static List<String> foldAll(List<String> names, String what) {
        if (names == null || names.isEmpty()) {
            throw new SchemaMisfitException(what + " needs at least one column");
        }
        List<String> folded = names.stream().map(n -> fold(n, what + " column")).toList();
        if (folded.stream().distinct().count() != folded.size()) {
            throw new SchemaMisfitException(what + " names a column twice: " + folded);
        }
        return folded;
    }
}
