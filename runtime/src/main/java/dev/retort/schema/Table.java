package dev.retort.schema;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A table: its columns in declaration order, its primary key (null when it has none) and its named
 * indexes and constraints. Equality ignores the order of columns and constraints: a column dropped
 * and added back is the same table.
 */
public record Table(String name, Map<String, Column> columns, PrimaryKey primaryKey,
                   Map<String, TableConstraint> constraints) {

    public Table {
        name = Identifiers.foldQualified(name, "table");
        columns = NameArray.copyOf(columns);
        constraints = NameArray.copyOf(constraints);
        if (columns.isEmpty()) {
            throw new SchemaMisfitException("table " + name + " needs at least one column");
        }
        if (primaryKey != null) {
            for (String column : primaryKey.columns()) {
                Column c = columns.get(column);
                if (c == null) {
                    throw new SchemaMisfitException("table " + name + " has no column " + column
                            + " for its primary key");
                }
                if (c.nullable()) {
                    throw new SchemaMisfitException("primary key column " + name + "." + column
                            + " must be NOT NULL");
                }
            }
        }
        for (TableConstraint constraint : constraints.values()) {
            for (String column : constraint.columns()) {
                if (!columns.containsKey(column)) {
                    throw new SchemaMisfitException("table " + name + " has no column " + column
                            + " for " + constraint.kind() + " " + constraint.name());
                }
            }
        }
    }

    /** A table of these columns; each column is keyed by its name. */
    public static Table of(String name, List<Column> columns, PrimaryKey primaryKey,
                           List<? extends TableConstraint> constraints) {
        Map<String, Column> byName = new LinkedHashMap<>();
        for (Column column : columns) {
            if (byName.put(column.name(), column) != null) {
                throw new SchemaMisfitException("table " + name + " declares column " + column.name() + " twice");
            }
        }
        Map<String, TableConstraint> constraintsByName = new LinkedHashMap<>();
        for (TableConstraint constraint : constraints) {
            if (constraintsByName.put(constraint.name(), constraint) != null) {
                throw new SchemaMisfitException("table " + name + " declares " + constraint.name() + " twice");
            }
        }
        return new Table(name, byName, primaryKey, constraintsByName);
    }

    @SuppressWarnings("unchecked")
    private NameArray<Column> columnArray() {
        return (NameArray<Column>) columns;
    }

    @SuppressWarnings("unchecked")
    NameArray<TableConstraint> constraintArray() {
        return (NameArray<TableConstraint>) constraints;
    }

    public Optional<Column> column(String columnName) {
        return Optional.ofNullable(columns.get(Identifiers.fold(columnName, "column")));
    }

    /** The column, or a misfit naming this table when it has none of that name. */
    public Column requireColumn(String columnName) {
        return column(columnName).orElseThrow(() -> new SchemaMisfitException(
                "table " + name + " has no column " + Identifiers.fold(columnName, "column")));
    }

    public Optional<TableConstraint> constraint(String constraintName) {
        return Optional.ofNullable(constraints.get(Identifiers.fold(constraintName, "constraint")));
    }

    /** The index or constraint, or a misfit naming this table when it has none of that name. */
    public TableConstraint requireConstraint(String constraintName) {
        return constraint(constraintName).orElseThrow(() -> new SchemaMisfitException(
                "table " + name + " has no index or constraint " + Identifiers.fold(constraintName, "constraint")));
    }

    public Stream<Index> indexes() {
        return constraintsOf(Index.class);
    }

    public Stream<ForeignKey> foreignKeys() {
        return constraintsOf(ForeignKey.class);
    }

    public Stream<UniqueConstraint> uniqueConstraints() {
        return constraintsOf(UniqueConstraint.class);
    }

    public Stream<CheckConstraint> checks() {
        return constraintsOf(CheckConstraint.class);
    }

    private <T extends TableConstraint> Stream<T> constraintsOf(Class<T> type) {
        return constraints.values().stream().filter(type::isInstance).map(type::cast);
    }

    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, constraints);
    }

    /** This table with the column added at the end, or put in place of the column of the same name. */
    public Table withColumn(Column column) {
        return new Table(name, columnArray().with(column.name(), column), primaryKey, constraints);
    }

    public Table withoutColumn(String columnName) {
        return new Table(name, columnArray().without(Identifiers.fold(columnName, "column")),
                primaryKey, constraints);
    }

    /** This table with a column renamed in place, in its key and constraints too. */
    public Table withColumnRenamed(String from, String to) {
        String oldName = Identifiers.fold(from, "column");
        String newName = Identifiers.fold(to, "column");
        Map<String, Column> copy = new LinkedHashMap<>();
        columns.forEach((key, column) -> {
            if (key.equals(oldName)) {
                copy.put(newName, column.withName(newName));
            } else {
                copy.put(key, column);
            }
        });
        PrimaryKey key = primaryKey == null ? null
                : new PrimaryKey(rename(primaryKey.columns(), oldName, newName));
        Map<String, TableConstraint> renamedConstraints = new LinkedHashMap<>();
        constraints.forEach((constraintName, constraint) ->
                renamedConstraints.put(constraintName, renameIn(constraint, oldName, newName)));
        return new Table(name, copy, key, renamedConstraints);
    }

    private static TableConstraint renameIn(TableConstraint constraint, String from, String to) {
        if (constraint instanceof Index index) {
            return new Index(index.name(), rename(index.columns(), from, to), index.unique());
        }
        if (constraint instanceof UniqueConstraint unique) {
            return new UniqueConstraint(unique.name(), rename(unique.columns(), from, to));
        }
        if (constraint instanceof ForeignKey fk) {
            return new ForeignKey(fk.name(), rename(fk.columns(), from, to), fk.referencedTable(),
                    fk.referencedColumns(), fk.onDelete());
        }
        if (constraint instanceof CheckConstraint check) {
            return check.withColumnRenamed(from, to);
        }
        return constraint;
    }

    static List<String> rename(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }

    public Table withPrimaryKey(PrimaryKey key) {
        return new Table(name, columns, key, constraints);
    }

    public Table withConstraint(TableConstraint constraint) {
        return new Table(name, columns, primaryKey,
                constraintArray().with(constraint.name(), constraint));
    }

    public Table withoutConstraint(String constraintName) {
        return new Table(name, columns, primaryKey,
                constraintArray().without(Identifiers.fold(constraintName, "constraint")));
    }

    /** Replaces the constraints wholesale; used when a referenced table is renamed. */
    Table withConstraints(Collection<TableConstraint> replaced) {
        Map<String, TableConstraint> copy = new LinkedHashMap<>();
        replaced.forEach(c -> copy.put(c.name(), c));
        return new Table(name, columns, primaryKey, copy);
    }

    /**
     * Whether a foreign key could reference the column: only a column of the primary key or of an index
     * or constraint can be referenced (PostgreSQL and H2 want a unique key, InnoDB an index), so a column
     * in none of them is referenced by no foreign key, and the schema need not look at other tables.
     */
    boolean mayBeReferenced(String column) {
        if (primaryKey != null && primaryKey.columns().contains(column)) {
            return true;
        }
        NameArray<TableConstraint> all = constraintArray();
        for (int i = 0; i < all.size(); i++) {
            if (all.valueAt(i).columns().contains(column)) {
                return true;
            }
        }
        return false;
    }

    /** Whether these columns, in this order, are the primary key or carry a unique constraint or index. */
    public boolean isUniqueKey(List<String> keyColumns) {
        if (primaryKey != null && primaryKey.columns().equals(keyColumns)) {
            return true;
        }
        return constraints.values().stream().anyMatch(c ->
                (c instanceof UniqueConstraint u && u.columns().equals(keyColumns))
                        || (c instanceof Index i && i.unique() && i.columns().equals(keyColumns)));
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("table ").append(name).append(" (");
        out.append(String.join(", ", columns.values().stream().map(Column::toString).toList()));
        if (primaryKey != null) {
            out.append(", ").append(primaryKey);
        }
        constraints.values().forEach(c -> out.append(", ").append(c));
        return out.append(')').toString();
    }
}
