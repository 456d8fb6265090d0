package dev.retort.operation;

import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;

/** Renames a column; its data, and the keys, indexes and constraints that use it, stay. */
public record RenameColumn(String table, String from, String to) implements Operation {

    public RenameColumn {
        table = Identifiers.foldQualified(table, "table");
        from = Identifiers.fold(from, "column");
        to = Identifiers.fold(to, "column");
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table target = schema.requireTable(table);
        target.requireColumn(from);
        Preconditions.columnAbsent(target, to);
        return schema.withColumnRenamed(table, from, to);
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new RenameColumn(table, to, from));
    }

    @Override
    public String describe() {
        return "renameColumn " + table + "." + from + " to " + to;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
