package dev.retort.migration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.operation.OperationCases;
import dev.retort.operation.OperationCases.OperationCase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DSL writer (skeletons, the inverse a missing downgrade is told to write) has a call for every
 * kind of operation; {@code OperationCases} is proved to cover them all in the runtime's tests.
 */
class DslSourceCompletenessTest {

    @Test
    void everyOperationIsWrittenAsCallsOnOp() {
        for (OperationCase c : OperationCases.all()) {
            List<String> statements = DslSource.statements(c.operation());
            assertFalse(statements.isEmpty(), c.name());
            statements.forEach(s -> assertTrue(s.startsWith("op.") && s.endsWith(";"), c.name() + ": " + s));
        }
    }
}
