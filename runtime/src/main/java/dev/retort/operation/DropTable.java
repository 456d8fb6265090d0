package dev.retort.operation;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/** Drops a table with its indexes and constraints. Refused while another table references it. */
public record DropTable(String table) implements Operation {

    public DropTable {
        table = Identifiers.foldQualified(table, "table");
    }

    @Override
    public Schema applyTo(Schema schema) {
        schema.requireTable(table);
        for (Map.Entry<Table, ForeignKey> reference : schema.foreignKeysTo(table)) {
            if (!reference.getKey().name().equals(table)) {
                throw new SchemaMisfitException("table " + table + " is referenced by foreign key "
                        + reference.getValue().name() + " on table " + reference.getKey().name()
                        + ": drop that foreign key first");
            }
        }
        return schema.withoutTable(table);
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new CreateTable(before.requireTable(table)));
    }

    @Override
    public String describe() {
        return "dropTable " + table;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table);
    }
}
