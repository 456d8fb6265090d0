package dev.retort.operation;

import dev.retort.schema.Schema;
import java.util.ArrayList;
import java.util.List;

/** The computed inverse of a list of operations: what undoes them, in reverse order. */
public final class Inverses {

    private Inverses() {}

    /**
     * The operations that take {@code applied} applied to {@code before} back to {@code before}. Data
     * steps have no computed inverse and contribute nothing.
     */
    public static List<Operation> of(Schema before, List<Operation> applied) {
        List<List<Operation>> steps = new ArrayList<>();
        Schema schema = before;
        for (Operation operation : applied) {
            steps.add(operation.inverse(schema));
            schema = operation.applyTo(schema);
        }
        List<Operation> inverse = new ArrayList<>();
        for (int i = steps.size() - 1; i >= 0; i--) {
            inverse.addAll(steps.get(i));
        }
        return List.copyOf(inverse);
    }
}
