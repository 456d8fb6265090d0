package dev.retort.operation;

import dev.retort.schema.Column;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;

/** Adds a column at the end of a table. */
public record AddColumn(String table, Column column) implements Operation {

    public AddColumn {
        table = Identifiers.foldQualified(table, "table");
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table target = schema.requireTable(table);
        Preconditions.columnAbsent(target, column.name());
        return schema.withTable(target.withColumn(column));
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new DropColumn(table, column.name()));
    }

    @Override
    public String describe() {
        return "addColumn " + table + "." + column.name();
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
