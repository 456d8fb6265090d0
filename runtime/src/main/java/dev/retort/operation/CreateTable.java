package dev.retort.operation;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import java.util.List;
import java.util.Optional;

/** Creates a table with its columns, primary key and any indexes and constraints it carries. */
public record CreateTable(Table table) implements Operation {

    @Override
    public Schema applyTo(Schema schema) {
        Preconditions.tableAbsent(schema, table.name());
        Preconditions.namespaceExists(schema, table.name(), "table");
        for (TableConstraint constraint : table.constraints().values()) {
            Preconditions.nameFree(schema, constraint.name());
        }
        Schema after = schema.withTable(table);
        table.foreignKeys().forEach((ForeignKey fk) -> Preconditions.referenceResolves(after, table, fk));
        return after;
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new DropTable(table.name()));
    }

    @Override
    public String describe() {
        return "createTable " + table.name();
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(table.name());
    }
}
