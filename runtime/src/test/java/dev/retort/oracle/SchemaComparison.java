package dev.retort.oracle;

import dev.retort.oracle.CatalogSchema.CatalogTable;
import dev.retort.oracle.CatalogSchema.Column;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Two live schemas compared item by item, each difference one line: SQL schemas, tables, columns (type,
 * nullability, default, identity), column order where it is compared, primary keys in column order,
 * foreign keys, unique constraints, indexes, checks, sequences.
 */
public final class SchemaComparison {

    /** Whether the columns' order is part of what is compared. */
    public enum ColumnOrder { COMPARED, IGNORED }

    private final List<String> differences = new ArrayList<>();
    private final List<String> reordered = new ArrayList<>();

    private SchemaComparison() {}

    /**
     * The differences of {@code actual} from {@code expected}; with {@link ColumnOrder#IGNORED}, the
     * tables whose columns are in another order are in {@link #reordered} instead.
     */
    public static SchemaComparison of(CatalogSchema expected, CatalogSchema actual, ColumnOrder order) {
        SchemaComparison comparison = new SchemaComparison();
        comparison.compare(expected, actual, order);
        return comparison;
    }

    public List<String> differences() {
        return List.copyOf(differences);
    }

    /** The tables, present on both sides, whose columns are in another order (each one line). */
    public List<String> reordered() {
        return List.copyOf(reordered);
    }

    private void compare(CatalogSchema expected, CatalogSchema actual, ColumnOrder order) {
        for (String name : union(expected.namespaces(), actual.namespaces())) {
            if (!expected.namespaces().contains(name)) {
                differences.add("schema " + name + ": not expected");
            } else if (!actual.namespaces().contains(name)) {
                differences.add("schema " + name + ": missing");
            }
        }
        for (String name : union(expected.tables().keySet(), actual.tables().keySet())) {
            CatalogTable want = expected.tables().get(name);
            CatalogTable got = actual.tables().get(name);
            if (want == null) {
                differences.add("table " + name + ": not expected");
            } else if (got == null) {
                differences.add("table " + name + ": missing");
            } else {
                compare(want, got, order);
            }
        }
        items("sequence", "", expected.sequences(), actual.sequences(), s -> s.name(),
                s -> "START " + s.start() + " INCREMENT " + s.increment());
    }

    private void compare(CatalogTable want, CatalogTable got, ColumnOrder order) {
        String table = want.name();
        items("column", table + ".", want.columns(), got.columns(), Column::name, Column::toString);
        List<String> wantOrder = want.columns().stream().map(Column::name).toList();
        List<String> gotOrder = got.columns().stream().map(Column::name).toList();
        if (new TreeSet<>(wantOrder).equals(new TreeSet<>(gotOrder)) && !wantOrder.equals(gotOrder)) {
            String line = "table " + table + ": columns in order " + gotOrder + ", expected " + wantOrder;
            (order == ColumnOrder.COMPARED ? differences : reordered).add(line);
        }
        same("table " + table + ": primary key", want.primaryKey(), got.primaryKey());
        same("table " + table + ": foreign keys", want.foreignKeys(), got.foreignKeys());
        same("table " + table + ": unique constraints", want.uniques(), got.uniques());
        same("table " + table + ": indexes", want.indexes(), got.indexes());
        same("table " + table + ": checks", want.checks(), got.checks());
    }

    private void same(String what, Object want, Object got) {
        if (!Objects.equals(want, got)) {
            differences.add(what + " " + got + ", expected " + want);
        }
    }

    /** Named items (columns, sequences) matched by name and compared by their description. */
    private <T> void items(String kind, String prefix, List<T> want, List<T> got, Function<T, String> name,
                           Function<T, String> description) {
        Map<String, T> wanted = byName(want, name);
        Map<String, T> found = byName(got, name);
        for (String key : union(wanted.keySet(), found.keySet())) {
            T w = wanted.get(key);
            T g = found.get(key);
            if (w == null) {
                differences.add(kind + " " + prefix + key + ": not expected (" + description.apply(g) + ")");
            } else if (g == null) {
                differences.add(kind + " " + prefix + key + ": missing (" + description.apply(w) + ")");
            } else if (!description.apply(w).equals(description.apply(g))) {
                differences.add(kind + " " + prefix + key + ": " + description.apply(g) + ", expected "
                        + description.apply(w));
            }
        }
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(name.apply(item), item));
        return map;
    }

    private static TreeSet<String> union(java.util.Collection<String> a, java.util.Collection<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
