package dev.retort.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A database schema: tables and sequences, keyed by their folded names, in creation order, and the
 * SQL schemas (namespaces) besides the connection's default one that hold some of them; a table
 * {@code sales.orders} is in the namespace {@code sales}. Equality ignores order.
 *
 * <p>Not a record: besides its three parts it keeps indexes of which table holds each constraint
 * name and which tables reference each table, changed with the tables by every {@code with...} and
 * {@code without...} method and shared, like the tables, between a schema and the ones made from it.
 */
public final class Schema {

    private static final Set<String> NO_NAMESPACES = Collections.unmodifiableSortedSet(new TreeSet<>());

    public static final Schema EMPTY = new Schema(Map.of(), Map.of());

    private final OrderedNames<Table> tables;
    private final OrderedNames<Sequence> sequences;
    private final Set<String> namespaces;
    private final ConstraintOwners owners;
    private final ForeignKeyReferrers referrers;

    public Schema(Map<String, Table> tables, Map<String, Sequence> sequences, Set<String> namespaces) {
        this.tables = OrderedNames.copyOf(tables);
        this.sequences = OrderedNames.copyOf(sequences);
        this.namespaces = folded(namespaces);
        this.owners = ConstraintOwners.of(this.tables);
        this.referrers = ForeignKeyReferrers.of(this.tables);
    }

    /** A schema whose tables and sequences are all in the default namespace. */
    public Schema(Map<String, Table> tables, Map<String, Sequence> sequences) {
        this(tables, sequences, Set.of());
    }

    /** A schema changed from another: the indexes are those of these tables. */
    private Schema(OrderedNames<Table> tables, OrderedNames<Sequence> sequences, Set<String> namespaces,
                   ConstraintOwners owners, ForeignKeyReferrers referrers) {
        this.tables = tables;
        this.sequences = sequences;
        this.namespaces = namespaces;
        this.owners = owners;
        this.referrers = referrers;
    }

    private static Set<String> folded(Set<String> namespaces) {
        if (namespaces.isEmpty()) {
            return NO_NAMESPACES; // nearly every schema: one set shared, not a tree per version
        }
        TreeSet<String> folded = new TreeSet<>();
        namespaces.forEach(n -> folded.add(Identifiers.fold(n, "schema")));
        return Collections.unmodifiableSortedSet(folded);
    }

    public Map<String, Table> tables() {
        return tables;
    }

    public Map<String, Sequence> sequences() {
        return sequences;
    }

    public Set<String> namespaces() {
        return namespaces;
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
        List<String> owning = owners.owners(Identifiers.fold(constraintName, "constraint"));
        if (owning.size() <= 1) {
            return owning.isEmpty() ? Optional.empty() : Optional.of(tables.get(owning.get(0)));
        }
        return owning.stream().min(Comparator.comparingInt(tables::position)).map(tables::get);
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

    /** The foreign keys, on any table, that reference this one: in the order of the tables, then of their keys. */
    public List<Map.Entry<Table, ForeignKey>> foreignKeysTo(String tableName) {
        String key = Identifiers.foldQualified(tableName, "table");
        List<String> referring = referrers.referrers(key);
        if (referring.size() > 1) {
            referring.sort(Comparator.comparingInt(tables::position));
        }
        List<Map.Entry<Table, ForeignKey>> found = new ArrayList<>();
        for (String name : referring) {
            Table table = tables.get(name);
            NameArray<TableConstraint> constraints = table.constraintArray();
            for (int i = 0; i < constraints.size(); i++) {
                if (constraints.valueAt(i) instanceof ForeignKey fk && fk.referencedTable().equals(key)) {
                    found.add(Map.entry(table, fk));
                }
            }
        }
        return found;
    }

    public boolean hasNamespace(String name) {
        return namespaces.contains(Identifiers.fold(name, "schema"));
    }

    public Schema withNamespace(String name) {
        Set<String> more = new TreeSet<>(namespaces);
        more.add(Identifiers.fold(name, "schema"));
        return new Schema(tables, sequences, folded(more), owners, referrers);
    }

    public Schema withoutNamespace(String name) {
        Set<String> fewer = new TreeSet<>(namespaces);
        fewer.remove(Identifiers.fold(name, "schema"));
        return new Schema(tables, sequences, folded(fewer), owners, referrers);
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
        return changed(tables.with(table.name(), table), table.name(), tables.get(table.name()), table);
    }

    public Schema withoutTable(String name) {
        String key = Identifiers.foldQualified(name, "table");
        Table old = tables.get(key);
        return old == null ? this : changed(tables.without(key), key, old, null);
    }

    /**
     * This schema with these tables, where the one of this name changed from {@code old} to {@code now}
     * (null for a table added or dropped) and no other did.
     */
    private Schema changed(OrderedNames<Table> changedTables, String name, Table old, Table now) {
        return new Schema(changedTables, sequences, namespaces, owners.replaced(name, old, now),
                referrers.replaced(name, old, now));
    }

    /**
     * This schema with a table renamed in place; foreign keys that reference it, on any table, follow.
     */
    public Schema withTableRenamed(String from, String to) {
        String oldName = Identifiers.foldQualified(from, "table");
        String newName = Identifiers.foldQualified(to, "table");
        Changes changes = new Changes();
        for (String referrer : referrers.referrers(oldName)) {
            if (!referrer.equals(oldName)) { // the renamed table itself is renamed below
                Table table = tables.get(referrer);
                changes.replace(referrer, table, retarget(table, oldName, newName));
            }
        }
        Table renamed = tables.get(oldName);
        if (renamed != null) {
            changes.rename(oldName, renamed, retarget(renamed, oldName, newName).withName(newName));
        }
        return changes.applied();
    }

    /** Tables of this schema replaced or renamed one at a time, the indexes following each. */
    private final class Changes {
        private OrderedNames<Table> tables = Schema.this.tables;
        private ConstraintOwners owners = Schema.this.owners;
        private ForeignKeyReferrers referrers = Schema.this.referrers;

        void replace(String name, Table old, Table now) {
            tables = tables.with(name, now);
            owners = owners.replaced(name, old, now);
            referrers = referrers.replaced(name, old, now);
        }

        void rename(String from, Table old, Table now) {
            tables = tables.renamed(from, now.name(), now);
            owners = owners.replaced(from, old, null).replaced(now.name(), null, now);
            referrers = referrers.replaced(from, old, null).replaced(now.name(), null, now);
        }

        Schema applied() {
            return new Schema(tables, sequences, namespaces, owners, referrers);
        }
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
        Table target = tables.get(table);
        if (target != null && !target.mayBeReferenced(oldName)) {
            // no foreign key can reference the column: only its own table changes
            Table renamed = target.withColumnRenamed(oldName, newName);
            return changed(tables.with(table, renamed), table, target, renamed);
        }
        Changes changes = new Changes();
        if (target != null) {
            changes.replace(table, target, retargetColumn(target.withColumnRenamed(oldName, newName), table,
                    oldName, newName));
        }
        for (String referrer : referrers.referrers(table)) {
            if (!referrer.equals(table)) { // the table itself is done above, its own foreign keys too
                Table t = tables.get(referrer);
                Table retargeted = retargetColumn(t, table, oldName, newName);
                if (retargeted != t) {
                    changes.replace(referrer, t, retargeted);
                }
            }
        }
        return changes.applied();
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

    public Schema withSequence(Sequence sequence) {
        return new Schema(tables, sequences.with(sequence.name(), sequence), namespaces, owners, referrers);
    }

    public Schema withoutSequence(String name) {
        return new Schema(tables, sequences.without(Identifiers.foldQualified(name, "sequence")), namespaces,
                owners, referrers);
    }

    /** Schemas of equal tables, sequences and namespaces are equal, in whatever order. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Schema other && tables.equals(other.tables)
                && sequences.equals(other.sequences) && namespaces.equals(other.namespaces);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tables, sequences, namespaces);
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
