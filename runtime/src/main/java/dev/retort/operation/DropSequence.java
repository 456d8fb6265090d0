package dev.retort.operation;

import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import java.util.List;

/** Drops a sequence. */
public record DropSequence(String name) implements Operation {

    public DropSequence {
        name = Identifiers.foldQualified(name, "sequence");
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (schema.sequence(name).isEmpty()) {
            throw new SchemaMisfitException("there is no sequence " + name);
        }
        return schema.withoutSequence(name);
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new CreateSequence(before.sequence(name).orElseThrow()));
    }

    @Override
    public String describe() {
        return "dropSequence " + name;
    }
}
