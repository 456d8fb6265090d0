package dev.retort.operation;

import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import java.util.List;

/** Creates a SQL schema (a namespace; a database on MariaDB) for tables and sequences named {@code name.x}. */
public record CreateSchema(String name) implements Operation {

    public CreateSchema {
        name = Identifiers.fold(name, "schema");
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (schema.hasNamespace(name)) {
            throw new SchemaMisfitException("schema " + name + " already exists");
        }
        return schema.withNamespace(name);
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new DropSchema(name));
    }

    @Override
    public String describe() {
        return "createSchema " + name;
    }
}
