package dev.retort.operation;

import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import java.util.List;

/** Drops an empty SQL schema. Refused while it holds a table or a sequence: drop those first. */
public record DropSchema(String name) implements Operation {

    public DropSchema {
        name = Identifiers.fold(name, "schema");
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (!schema.hasNamespace(name)) {
            throw new SchemaMisfitException("there is no schema " + name);
        }
        List<String> contents = schema.contentsOf(name);
        if (!contents.isEmpty()) {
            throw new SchemaMisfitException("schema " + name + " still holds " + String.join(", ", contents)
                    + ": drop those first");
        }
        return schema.withoutNamespace(name);
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new CreateSchema(name));
    }

    @Override
    public String describe() {
        return "dropSchema " + name;
    }
}
