package dev.retort.runner;

import dev.retort.operation.Operation;
import dev.retort.operation.RunJava;
import dev.retort.schema.Schema;
import dev.retort.sql.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the operations of one migration, upgrade or downgrade, with its history change, all or
 * nothing: in one transaction where DDL is transactional (PostgreSQL); elsewhere (H2, MariaDB, where
 * DDL commits at once), and on PostgreSQL for a migration holding a step that must commit on its own
 * (an online index, a validation: {@link Dialect#outsideTransaction}), by removing what the failed step
 * left behind ({@link Dialect#cleanupAfterFailure}) and running the inverses of the operations that
 * ran, in reverse.
 */
final class StepRunner {

    /** The history change that completes a step. */
    interface HistoryChange {
        void apply(Connection connection) throws SQLException;
    }

    private final Dialect dialect;

    StepRunner(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Runs the operations on a database whose schema is {@code before}; returns the schema they leave. */
    Schema run(Connection connection, String migrationId, List<Operation> operations, Schema before,
               HistoryChange historyChange) throws SQLException {
        return new StepRunner(dialect.on(connection)).runOn(connection, migrationId, operations, before, historyChange);
    }

    private Schema runOn(Connection connection, String migrationId, List<Operation> operations, Schema before,
                         HistoryChange historyChange) throws SQLException {
        if (dialect.transactionalDdl() && operations.stream().noneMatch(dialect::outsideTransaction)) {
            return runInTransaction(connection, migrationId, operations, before, historyChange);
        }
        return runWithCompensation(connection, migrationId, operations, before, historyChange);
    }

    private Schema runInTransaction(Connection connection, String migrationId, List<Operation> operations,
                                  Schema before, HistoryChange historyChange) throws SQLException {
        connection.setAutoCommit(false);
        try {
            Schema schema = before;
            for (int i = 0; i < operations.size(); i++) {
                Operation operation = operations.get(i);
                execute(connection, migrationId, i, operations.size(), operation, schema, "rolled back");
                schema = operation.applyTo(schema);
            }
            historyChange.apply(connection);
            connection.commit();
            return schema;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private Schema runWithCompensation(Connection connection, String migrationId, List<Operation> operations,
                                     Schema before, HistoryChange historyChange) throws SQLException {
        connection.setAutoCommit(true);
        List<Operation> done = new ArrayList<>();
        List<Schema> schemasBefore = new ArrayList<>();
        Schema schema = before;
        try {
            for (int i = 0; i < operations.size(); i++) {
                Operation operation = operations.get(i);
                execute(connection, migrationId, i, operations.size(), operation, schema, "undone");
                done.add(operation);
                schemasBefore.add(schema);
                schema = operation.applyTo(schema);
            }
            historyChange.apply(connection);
            return schema;
        } catch (SQLException | RuntimeException e) {
            try {
                cleanUp(connection, operations.get(done.size()), schema);
                undo(connection, done, schemasBefore, schema);
            } catch (SQLException | RuntimeException undoFailure) {
                RetortException failure = new RetortException(e.getMessage() + "\nUndoing the operations that ran failed"
                        + " too, so the schema is left part-way: " + undoFailure.getMessage()
                        + "\nRepair the schema by hand; the history still says the migration did not run.", e);
                failure.addSuppressed(undoFailure);
                throw failure;
            }
            throw e;
        }
    }

    /** Removes what the failed operation left behind, such as the INVALID index of a concurrent build. */
    private void cleanUp(Connection connection, Operation failed, Schema before) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : dialect.cleanupAfterFailure(failed, before)) {
                statement.execute(sql);
            }
        }
    }

    /** The inverses of the operations that ran, last first; each rendered against the schema it applies to. */
    private void undo(Connection connection, List<Operation> done, List<Schema> schemasBefore, Schema current)
            throws SQLException {
        Schema schema = current;
        for (int i = done.size() - 1; i >= 0; i--) {
            for (Operation inverse : done.get(i).inverse(schemasBefore.get(i))) {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : dialect.render(inverse, schema)) {
                        statement.execute(sql);
                    }
                }
                schema = inverse.applyTo(schema);
            }
        }
    }

    private void execute(Connection connection, String migrationId, int index, int count, Operation operation,
                         Schema schema, String outcome) throws SQLException {
        String current = operation.describe();
        try {
            if (operation instanceof RunJava run) {
                if (run.step() == null) {
                    throw new SQLException("the Java data step has no body");
                }
                run.step().run(connection);
                return;
            }
            try (Statement statement = connection.createStatement()) {
                for (String sql : dialect.render(operation, schema)) {
                    current = sql;
                    statement.execute(sql);
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw new MigrationFailedException("migration " + migrationId + " failed at operation " + (index + 1)
                    + " of " + count + " (" + operation.describe() + ")\n  statement: " + current + "\n  error: "
                    + e.getMessage() + "\nThe operations that ran were " + outcome + "; the history is unchanged.",
                    migrationId, current, e);
        }
    }
}
