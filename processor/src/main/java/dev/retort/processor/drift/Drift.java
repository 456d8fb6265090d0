package dev.retort.processor.drift;

import dev.retort.operation.Operation;
import dev.retort.processor.model.EntityModel;
import dev.retort.schema.Schema;
import dev.retort.diff.SchemaDiff;
import java.util.List;

/** The drift between the migrations and the entity model: what the drift check reports and the skeleton writes. */
public final class Drift {

    private Drift() {}

    /** The operations that take the migrations' schema to the model's; empty when there is no drift. */
    public static List<Operation> closing(Schema replayed, EntityModel model) {
        return SchemaDiff.between(replayed, model.schema());
    }
}
