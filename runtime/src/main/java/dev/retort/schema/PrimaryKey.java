package dev.retort.schema;

import java.util.List;

/** A table's primary key, by its columns in key order. */
public record PrimaryKey(List<String> columns) {

    public PrimaryKey {
        columns = Identifiers.foldAll(columns, "primary key");
    }

    public static PrimaryKey of(String... columns) {
        return new PrimaryKey(List.of(columns));
    }

    @Override
    public String toString() {
        return "primary key (" + String.join(", ", columns) + ")";
    }
}
