package dev.retort.oracle;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * A live schema as the database's own catalogs tell it, in test code that shares nothing with
 * Retort: the other SQL schemas asked for that exist, tables by qualified name ({@code table} in the connection's own schema,
 * {@code schema.table} in another), and sequences. Constraint and index names are left out: what is
 * compared is what they hold.
 */
public record CatalogSchema(SortedSet<String> namespaces, SortedMap<String, CatalogTable> tables,
                            List<Sequence> sequences) {

    /**
     * Every name in lower case: for the comparisons that are known to differ only in the case of
     * names and say why (a database that keeps the case of names Hibernate quotes and Retort does not).
     */
    public CatalogSchema folded() {
        SortedMap<String, CatalogTable> folded = new TreeMap<>();
        tables.values().forEach(table -> folded.put(fold(table.name()), table.folded()));
        SortedSet<String> schemas = new TreeSet<>();
        namespaces.forEach(n -> schemas.add(fold(n)));
        return new CatalogSchema(schemas, folded, sequences.stream().map(s -> new Sequence(fold(s.name()), s.start(), s.increment()))
                .sorted(Comparator.comparing(Sequence::name)).toList());
    }

    /** Every column and foreign key passed through a function: for known, named differences made alike on both sides. */
    public CatalogSchema map(UnaryOperator<Column> columns, UnaryOperator<ForeignKey> foreignKeys) {
        SortedMap<String, CatalogTable> mapped = new TreeMap<>();
        tables.forEach((name, t) -> mapped.put(name, new CatalogTable(t.name(), t.columns().stream().map(columns).toList(),
                t.primaryKey(), t.foreignKeys().stream().map(foreignKeys).sorted().toList(), t.uniques(), t.indexes(),
                t.checks())));
        return new CatalogSchema(namespaces, mapped, sequences);
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static List<String> fold(List<String> names) {
        return names.stream().map(CatalogSchema::fold).toList();
    }

    /** A table: its columns in ordinal order, its key, and the rest as sorted lists (a multiset each). */
    public record CatalogTable(String name, List<Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys,
                               List<List<String>> uniques, List<Index> indexes, List<String> checks) {
        CatalogTable folded() {
            return new CatalogTable(fold(name), columns.stream().map(c -> new Column(fold(c.name()), c.type(), c.nullable(),
                    c.defaultValue(), c.autoIncrement())).toList(), fold(primaryKey), foreignKeys.stream()
                    .map(k -> new ForeignKey(fold(k.columns()), fold(k.target()), fold(k.targetColumns()), k.onDelete()))
                    .sorted().toList(), uniques.stream().map(CatalogSchema::fold).sorted(Comparator.comparing(Object::toString))
                    .toList(), indexes.stream().map(i -> new Index(fold(i.columns()), i.unique())).sorted().toList(), checks);
        }
    }

    /** The type as the driver names it with its size and digits, exactly as the catalog has them. */
    public record Column(String name, String type, boolean nullable, String defaultValue, boolean autoIncrement) {
        @Override
        public String toString() {
            return name + " " + type + (nullable ? "" : " NOT NULL") + (defaultValue == null ? "" : " DEFAULT " + defaultValue)
                    + (autoIncrement ? " AUTO_INCREMENT" : "");
        }
    }

    public record ForeignKey(List<String> columns, String target, List<String> targetColumns, String onDelete)
            implements Comparable<ForeignKey> {
        @Override
        public int compareTo(ForeignKey other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return columns + " -> " + target + targetColumns + " ON DELETE " + onDelete;
        }
    }

    public record Index(List<String> columns, boolean unique) implements Comparable<Index> {
        @Override
        public int compareTo(Index other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return (unique ? "UNIQUE " : "") + columns;
        }
    }

    public record Sequence(String name, long start, long increment) {}
}
