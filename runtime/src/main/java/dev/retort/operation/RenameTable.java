package dev.retort.operation;

import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import java.util.List;
import java.util.Optional;

/** Renames a table; its data, indexes and constraints stay, and foreign keys to it follow. */
public record RenameTable(String from, String to) implements Operation {

    public RenameTable {
        from = Identifiers.foldQualified(from, "table");
        to = Identifiers.foldQualified(to, "table");
    }

    @Override
    public Schema applyTo(Schema schema) {
        schema.requireTable(from);
        Preconditions.tableAbsent(schema, to);
        if (!Identifiers.namespaceOf(from).equals(Identifiers.namespaceOf(to))) {
            throw new SchemaMisfitException("renameTable cannot move table " + from + " to another schema (" + to
                    + "): create the table there and copy its rows");
        }
        return schema.withTableRenamed(from, to);
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new RenameTable(to, from));
    }

    @Override
    public String describe() {
        return "renameTable " + from + " to " + to;
    }

    @Override
    public Optional<String> tableName() {
        return Optional.of(from);
    }
}
