package dev.retort.schema;

import java.util.List;

/** An index over one or more columns, unique or not. */
public record Index(String name, List<String> columns, boolean unique) implements TableConstraint {

    public Index {
        name = Identifiers.fold(name, "index");
        columns = Identifiers.foldAll(columns, "index " + name);
    }

    @Override
    public String kind() {
        return unique ? "unique index" : "index";
    }

    @Override
    public boolean sameShape(TableConstraint other) {
        return other instanceof Index index && index.unique == unique && index.columns.equals(columns);
    }

    @Override
    public String toString() {
        return kind() + " " + name + " (" + String.join(", ", columns) + ")";
    }
}
