package dev.retort.operation;

import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.schema.Sequence;
import java.util.List;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements Operation {

    @Override
    public Schema applyTo(Schema schema) {
        if (schema.sequence(sequence.name()).isPresent()) {
            throw new SchemaMisfitException("sequence " + sequence.name() + " already exists");
        }
        Preconditions.namespaceExists(schema, sequence.name(), "sequence");
        return schema.withSequence(sequence);
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of(new DropSequence(sequence.name()));
    }

    @Override
    public String describe() {
        return "createSequence " + sequence.name();
    }
}
