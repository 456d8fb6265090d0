package dev.retort.processor.model;

import dev.retort.schema.Column;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;

/** A table as the entity reader assembles it, with the element each part comes from. */
final class TableDraft {

    final String name;
    final Element origin;
    final Map<String, Column> columns = new LinkedHashMap<>();
    final Map<String, Element> columnOrigins = new LinkedHashMap<>();
    final List<String> primaryKey = new ArrayList<>();
    final Map<String, TableConstraint> constraints = new LinkedHashMap<>();
    final Map<String, Element> constraintOrigins = new LinkedHashMap<>();
    /**
     * The types of the columns Bean Validation reshaped, as they were before: Hibernate applies the
     * constraints after it has copied a referenced column's type into the join columns that reference it.
     */
    final Map<String, dev.retort.schema.SqlType> typesBeforeValidation = new LinkedHashMap<>();
    /** False for the abstract root of a TABLE_PER_CLASS hierarchy: Hibernate creates no table for it. */
    boolean exported = true;

    TableDraft(String name, Element origin) {
        this.name = name;
        this.origin = origin;
    }

    /** The column as a join column referencing it copies it: with its type before Bean Validation. */
    Column asReferenced(Column column) {
        dev.retort.schema.SqlType before = typesBeforeValidation.get(column.name());
        return before == null ? column : column.withType(before);
    }

    /** Adds a column; false when a different column of that name is already there. */
    boolean addColumn(Column column, Element from) {
        Column existing = columns.get(column.name());
        if (existing != null) {
            return existing.equals(column);
        }
        columns.put(column.name(), column);
        columnOrigins.put(column.name(), from);
        return true;
    }

    /** Adds a column to the primary key, once: two entities on one table each declare it. */
    void addKeyColumn(String column) {
        if (!primaryKey.contains(column)) {
            primaryKey.add(column);
        }
    }

    void addConstraint(TableConstraint constraint, Element from) {
        if (constraints.values().stream().noneMatch(c -> c.sameShape(constraint))) {
            constraints.put(constraint.name(), constraint);
            constraintOrigins.put(constraint.name(), from);
        }
    }

    /** Whether these columns hold unique values: the primary key, or a unique constraint or index, on exactly them. */
    boolean isUnique(List<String> names) {
        Set<String> wanted = Set.copyOf(names);
        if (Set.copyOf(primaryKey).equals(wanted)) {
            return true;
        }
        return constraints.values().stream().anyMatch(c -> (c instanceof UniqueConstraint
                || c instanceof Index index && index.unique()) && Set.copyOf(c.columns()).equals(wanted));
    }

    Table table() {
        return Table.of(name, List.copyOf(columns.values()), primaryKey.isEmpty() ? null : new PrimaryKey(primaryKey),
                List.copyOf(constraints.values()));
    }
}
