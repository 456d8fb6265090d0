package dev.retort.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.operation.Operation;
import dev.retort.operation.RunJava;
import dev.retort.schema.Schema;
import dev.retort.testing.SchemaText;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Replay equals reality: every kind of operation, run on each database, leaves the schema that its
 * {@code applyTo} computed, read back after each operation (up to the dialect's normalisation).
 */
class ReplayEqualsRealityTest {

    static final int EXPECTED_OPERATIONS = 69;

    @ParameterizedTest
    @EnumSource(Database.class)
    void everyOperationLeavesTheSchemaItsReplayComputed(Database database) throws Exception {
        List<Operation> script = EveryOperation.script();
        Dialect dialect = Dialect.of(database);
        try (TestDatabase db = TestDatabase.create(database, "replay");
             Connection connection = db.connect()) {
            Schema expected = Schema.EMPTY;
            int position = 0;
            for (Operation operation : script) {
                position++;
                List<String> statements = dialect.render(operation, expected);
                try (Statement statement = connection.createStatement()) {
                    for (String sql : statements) {
                        statement.execute(sql);
                    }
                }
                if (operation instanceof RunJava run) {
                    run.step().run(connection);
                }
                expected = operation.applyTo(expected);
                Schema live = dialect.reader().read(connection, Set.of());
                assertEquals(SchemaText.of(dialect.normalise(expected)), SchemaText.of(dialect.normalise(live)),
                        "after operation " + position + " (" + operation.describe() + "): " + statements);
                assertEquals(dialect.normalise(expected), dialect.normalise(live));
            }
            assertEquals(EXPECTED_OPERATIONS, position);
            assertEquals(Set.of("accounts", "programmes"), live(dialect, connection).tables().keySet());
            assertEquals(Set.of("seq_down"), live(dialect, connection).sequences().keySet());
        }
    }

    private static Schema live(Dialect dialect, Connection connection) throws Exception {
        return dialect.reader().read(connection);
    }

    static String describe(List<Operation> ops) {
        return ops.stream().map(Operation::describe).collect(Collectors.joining("\n"));
    }
}
