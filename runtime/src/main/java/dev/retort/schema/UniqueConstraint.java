package dev.retort.schema;

import java.util.List;

/** A unique constraint over one or more columns. */
public record UniqueConstraint(String name, List<String> columns) implements TableConstraint {

    public UniqueConstraint {
        name = Identifiers.fold(name, "unique constraint");
        columns = Identifiers.foldAll(columns, "unique constraint " + name);
    }

    @Override
    public String kind() {
        return "unique constraint";
    }

    @Override
    public boolean sameShape(TableConstraint other) {
        return other instanceof UniqueConstraint unique && unique.columns.equals(columns);
    }

    @Override
    public String toString() {
        return "unique constraint " + name + " (" + String.join(", ", columns) + ")";
    }
}
