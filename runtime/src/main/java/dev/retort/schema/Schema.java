package dev.retort.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A database schema: tables and sequences, keyed by their folded names, in creation order, and the
 * SQL schemas (namespaces) besides the connection's default one that hold some of them; a table
 * {@code sales.orders} is in the namespace {@code sales}. Equality ignores order.
 */
public record Schema(Map<String, Table> tables, Map<String, Sequence> sequences, Set<String> namespaces) {

    private static final Set<String> NO_NAMESPACES = Collections.unmodifiableSortedSet(new TreeSet<>());

    public static final Schema EMPTY = new Schema(Map.of(), Map.of());

    public Schema {
        tables = OrderedNames.copyOf(tables);
        sequences = OrderedNames.copyOf(sequences);
        if (namespaces.isEmpty()) {
            namespaces = NO_NAMESPACES; // nearly every schema: one set shared, not a tree per version
        } else {
            TreeSet<String> folded = new TreeSet<>();
            namespaces.forEach(n -> folded.add(Identifiers.fold(n, "schema")));
            namespaces = Collections.unmodifiableSortedSet(folded);
        }
    }

    /** A schema whose tables and sequences are all in the default namespace. */
    public Schema(Map<String, Table> tables, Map<String, Sequence> sequences) {
        this(tables, sequences, Set.of());
    }

    @SuppressWarnings("unchecked")
    private OrderedNames<Table> tableMap() {
        return (OrderedNames<Table>) tables;
    }

    public static Schema of(Table... tables) {
        Map<String, Table> byName = new LinkedHashMap<>();
        for (Table table : tables) {
            byName.put(table.name(), table);
        }
        return new Schema(byName, Map.of());
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(Identifiers.foldQualified(name, "table")));
    }

    /** The table, or a misfit naming it when the schema has none of that name. */
    public Table requireTable(String name) {
        return table(name).orElseThrow(() ->
                new SchemaMisfitException("there is no table " + Identifiers.foldQualified(name, "table")));
    }

    public Optional<Sequence> sequence(String name) {
        return Optional.ofNullable(sequences.get(Identifiers.foldQualified(name, "sequence")));
    }

    /** The table that holds an index or constraint of this name, whatever its kind. */
    public Optional<Table> tableOwning(String constraintName) {
        String key = Identifiers.fold(constraintName, "constraint");
        return Optional.ofNullable(tableMap().firstValue(t -> t.constraints().containsKey(key)));
    }

    /**
     * The foreign keys, on any table, that reference this column of this table: none, without a look at
     * the other tables, when the column is in no key or index of its table.
     */
    public List<Map.Entry<Table, ForeignKey>> foreignKeysTo(String tableName, String column) {
        String folded = Identifiers.fold(column, "column");
        Optional<Table> table = table(tableName);
        if (table.isEmpty() || !table.get().mayBeReferenced(folded)) {
            return List.of();
        }
        List<Map.Entry<Table, ForeignKey>> found = new ArrayList<>();
        for (Map.Entry<Table, ForeignKey> reference : foreignKeysTo(tableName)) {
            if (reference.getValue().referencedColumns().contains(folded)) {
                found.add(reference);
            }
        }
        return found;
    }

    /** The foreign keys, on any table, that reference this one. */
    public List<Map.Entry<Table, ForeignKey>> foreignKeysTo(String tableName) {
        String key = Identifiers.foldQualified(tableName, "table");
        List<Map.Entry<Table, ForeignKey>> found = new ArrayList<>();
        // no iterators: this visits every constraint of every table at each dropped table or referenced
        // column of a replay of thousands of migrations
        tableMap().forEachValue(table -> {
            NameArray<TableConstraint> constraints = table.constraintArray();
            for (int i = 0; i < constraints.size(); i++) {
                if (constraints.valueAt(i) instanceof ForeignKey fk && fk.referencedTable().equals(key)) {
                    found.add(Map.entry(table, fk));
                }
            }
        });
        return found;
    }

    public boolean hasNamespace(String name) {
        return namespaces.contains(Identifiers.fold(name, "schema"));
    }

    public Schema withNamespace(String name) {
        Set<String> more = new TreeSet<>(namespaces);
        more.add(Identifiers.fold(name, "schema"));
        return new Schema(tables, sequences, more);
    }

    public Schema withoutNamespace(String name) {
        Set<String> fewer = new TreeSet<>(namespaces);
        fewer.remove(Identifiers.fold(name, "schema"));
        return new Schema(tables, sequences, fewer);
    }

    /** The tables and sequences in a namespace, by name. */
    public List<String> contentsOf(String namespace) {
        String key = Identifiers.fold(namespace, "schema");
        List<String> found = new ArrayList<>();
        tables.keySet().stream().filter(n -> Identifiers.namespaceOf(n).filter(key::equals).isPresent())
                .map(n -> "table " + n).forEach(found::add);
        sequences.keySet().stream().filter(n -> Identifiers.namespaceOf(n).filter(key::equals).isPresent())
                .map(n -> "sequence " + n).forEach(found::add);
        return found;
    }

    /** This schema with the table added, or put in place of the table of the same name. */
    public Schema withTable(Table table) {
        return new Schema(tableMap().with(table.name(), table), sequences, namespaces);
    }

    public Schema withoutTable(String name) {
        return new Schema(tableMap().without(Identifiers.foldQualified(name, "table")), sequences, namespaces);
    }

    /**
     * This schema with a table renamed in place; foreign keys that reference it, on any table, follow.
     */
    public Schema withTableRenamed(String from, String to) {
        String oldName = Identifiers.foldQualified(from, "table");
        String newName = Identifiers.foldQualified(to, "table");
        OrderedNames<Table> copy = tableMap();
        for (Table table : tables.values()) {
            Table retargeted = retarget(table, oldName, newName);
            if (table.name().equals(oldName)) {
                copy = copy.renamed(oldName, newName, retargeted.withName(newName));
            } else if (retargeted != table) {
                copy = copy.with(table.name(), retargeted);
            }
        }
        return new Schema(copy, sequences, namespaces);
    }

    private static Table retarget(Table table, String from, String to) {
        if (!references(table, from, null)) {
            return table;
        }
        List<TableConstraint> constraints = new ArrayList<>();
        for (TableConstraint constraint : table.constraints().values()) {
            if (constraint instanceof ForeignKey fk && fk.referencedTable().equals(from)) {
                constraints.add(new ForeignKey(fk.name(), fk.columns(), to, fk.referencedColumns(), fk.onDelete()));
            } else {
                constraints.add(constraint);
            }
        }
        return table.withConstraints(constraints);
    }

    /** Whether a foreign key of the table references that table (and that column, unless null). */
    private static boolean references(Table table, String referencedTable, String referencedColumn) {
        NameArray<TableConstraint> constraints = table.constraintArray();
        for (int i = 0; i < constraints.size(); i++) {
            if (constraints.valueAt(i) instanceof ForeignKey fk && fk.referencedTable().equals(referencedTable)
                    && (referencedColumn == null || fk.referencedColumns().contains(referencedColumn))) {
                return true;
            }
        }
        return false;
    }

    /** Like {@link #withTableRenamed}, for a column: foreign keys that reference it follow. */
    public Schema withColumnRenamed(String tableName, String from, String to) {
        String table = Identifiers.foldQualified(tableName, "table");
        String oldName = Identifiers.fold(from, "column");
        String newName = Identifiers.fold(to, "column");
        OrderedNames<Table> copy = tableMap();
        Table target = tables.get(table);
        if (target != null && !target.mayBeReferenced(oldName)) {
            // no foreign key can reference the column: only its own table changes
            return new Schema(copy.with(table, target.withColumnRenamed(oldName, newName)), sequences, namespaces);
        }
        for (Table t : tables.values()) {
            Table renamed = t.name().equals(table) ? t.withColumnRenamed(oldName, newName) : t;
            Table retargeted = retargetColumn(renamed, table, oldName, newName);
            if (retargeted != t) {
                copy = copy.with(t.name(), retargeted);
            }
        }
        return new Schema(copy, sequences, namespaces);
    }

    private static Table retargetColumn(Table table, String referenced, String from, String to) {
        if (!references(table, referenced, from)) {
            return table;
        }
        List<TableConstraint> constraints = new ArrayList<>();
        for (TableConstraint constraint : table.constraints().values()) {
            if (constraint instanceof ForeignKey fk && fk.referencedTable().equals(referenced)) {
                constraints.add(new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(),
                        Table.rename(fk.referencedColumns(), from, to), fk.onDelete()));
            } else {
                constraints.add(constraint);
            }
        }
        return table.withConstraints(constraints);
    }

    @SuppressWarnings("unchecked")
    public Schema withSequence(Sequence sequence) {
        return new Schema(tables, ((OrderedNames<Sequence>) sequences).with(sequence.name(), sequence), namespaces);
    }

    @SuppressWarnings("unchecked")
    public Schema withoutSequence(String name) {
        OrderedNames<Sequence> fewer = ((OrderedNames<Sequence>) sequences).without(Identifiers.foldQualified(name, "sequence"));
        return new Schema(tables, fewer, namespaces);
    }

    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        namespaces.forEach(n -> lines.add("schema " + n));
        tables.values().forEach(t -> lines.add(t.toString()));
        sequences.values().forEach(s -> lines.add(s.toString()));
        return String.join("\n", lines);
    }
}
