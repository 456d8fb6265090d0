package dev.retort.operation;

import dev.retort.schema.Schema;
import java.util.List;

/**
 * A data step written in Java. Its body is opaque to every check; equality is by the step itself.
 * {@code step} is null where the processor replays a migration and never runs it.
 */
public record RunJava(DataStep step) implements Operation {

    @Override
    public Schema applyTo(Schema schema) {
        return schema;
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of();
    }

    @Override
    public String describe() {
        return "run (a Java data step)";
    }

    @Override
    public boolean isDataStep() {
        return true;
    }
}
