package dev.retort.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import org.junit.jupiter.api.function.Executable;

final class Misfits {

    private Misfits() {}

    static void assertMisfit(String message, Operation operation, Schema schema) {
        assertMisfit(message, () -> operation.applyTo(schema));
    }

    static void assertMisfit(String message, Executable executable) {
        SchemaMisfitException misfit = assertThrows(SchemaMisfitException.class, executable);
        assertEquals(message, misfit.getMessage());
    }
}
