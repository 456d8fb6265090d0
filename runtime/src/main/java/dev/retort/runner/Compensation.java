package dev.retort.runner;

import dev.retort.operation.AddColumn;
import dev.retort.operation.AddPrimaryKey;
import dev.retort.operation.CreateCheck;
import dev.retort.operation.CreateForeignKey;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateTable;
import dev.retort.operation.CreateUniqueConstraint;
import dev.retort.operation.Operation;
import dev.retort.operation.RunJava;
import dev.retort.operation.SetNotNull;
import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.sql.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Undoes the operations a run did, last first, so that the undo cannot make things worse: a dropped
 * column or table comes back with the values {@link KeptValues} kept of it (where none were kept, the
 * column comes back nullable where its table has rows and the outcome names what is lost), a constraint the rows no longer satisfy is left off and named, a data step is undone by
 * the other direction's data step paired with it ({@link DataUndo}) or named, and an undo statement
 * that ran without its acknowledgement is recognised by reading the live schema.
 */
final class Compensation {

    /**
     * What an undo did: the schema it leaves, what it put back from the values kept before a drop, what
     * it could not bring back, and why it stopped, if it did.
     */
    record Outcome(Schema schema, List<String> restored, List<String> losses, List<String> failures) {

        boolean complete() {
            return failures.isEmpty();
        }
    }

    private final Dialect dialect;
    private final LiveSchema live;
    private final KeptValues keptValues;

    Compensation(Dialect dialect, LiveSchema live) {
        this.dialect = dialect;
        this.live = live;
        this.keptValues = new KeptValues(dialect);
    }

    /**
     * Undoes the first {@code reached} operations of {@code run}, and the one after them first where
     * it ran in {@code part}; data steps before {@code committedBefore} are committed, later ones were
     * rolled back with their transaction. Autocommit is on.
     */
    Outcome undo(Connection connection, MigrationRun run, int reached, boolean part, int committedBefore) {
        List<String> restored = new ArrayList<>();
        List<String> losses = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Schema schema = run.points().at(part ? reached + 1 : reached);
        for (int j = part ? reached : reached - 1; j >= 0; j--) {
            Operation operation = run.operations().get(j);
            if (operation.isDataStep()) {
                if (j < committedBefore) {
                    undoData(connection, run, j, schema, losses);
                }
                continue;
            }
            boolean kept = keptValues.kept(connection, operation, j);
            Schema before = run.points().at(j);
            for (Operation inverse : operation.inverse(before)) {
                Operation safe = safe(connection, inverse, before, kept, losses);
                try {
                    schema = apply(connection, safe, schema, losses);
                } catch (SQLException | RuntimeException e) {
                    failures.add(safe.describe() + ": " + e.getMessage());
                    return new Outcome(schema, restored, losses, failures);
                }
            }
            if (kept) {
                try {
                    restoreOrRetry(connection, operation, before, j);
                    restored.add(KeptValues.what(operation));
                    for (Operation constraint : keptValues.constraintsBack(operation, before, schema)) {
                        schema = apply(connection, constraint, schema, losses);
                    }
                } catch (SQLException | RuntimeException e) {
                    failures.add("putting back the values of " + operation.describe() + " from "
                            + KeptValues.name(j) + ", which keeps them: " + e.getMessage());
                    return new Outcome(schema, restored, losses, failures);
                }
            }
        }
        return new Outcome(schema, restored, losses, failures);
    }

    /**
     * Runs one undo operation; returns the schema after it. A constraint the rows no longer satisfy is
     * left off and named; a failure of anything else stops the undo.
     */
    private Schema apply(Connection connection, Operation operation, Schema schema, List<String> losses)
            throws SQLException {
        try {
            executeOrRetry(connection, operation, schema);
            return operation.applyTo(schema);
        } catch (SQLException | RuntimeException e) {
            Schema wanted = operation.applyTo(schema);
            if (liveIs(connection, wanted)) {
                return wanted;
            }
            if (restoresAConstraint(operation)) {
                losses.add(operation.describe() + " was not restored: the rows no longer satisfy it (" + e.getMessage()
                        + ")");
                return schema;
            }
            throw e;
        }
    }

    private void undoData(Connection connection, MigrationRun run, int j, Schema schema, List<String> losses) {
        Operation step = run.operations().get(j);
        Operation undo = run.dataUndo().get(j);
        if (undo == null) {
            losses.add("the rows changed by operation " + (j + 1) + " (" + step.describe() + ") stay changed: the"
                    + " migration's other direction has no data step paired with it");
            return;
        }
        try {
            try {
                inTransaction(connection, undo, schema);
            } catch (RolledBack e) {
                inTransaction(connection, undo, schema);
            }
        } catch (SQLException | RuntimeException e) {
            losses.add("the rows changed by operation " + (j + 1) + " (" + step.describe() + ") stay changed: its"
                    + " paired data step (" + undo.describe() + ") failed: " + e.getMessage());
        }
    }

    /** A data step that failed and was rolled back: nothing of it happened, so it may run again. */
    private static final class RolledBack extends SQLException {
        private static final long serialVersionUID = 1L;

        RolledBack(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Runs a data step in a transaction of its own; autocommit is on before and after. */
    private void inTransaction(Connection connection, Operation step, Schema schema) throws SQLException {
        connection.setAutoCommit(false);
        try {
            try {
                execute(connection, step, schema);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw new RolledBack(e);
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The inverse, changed where it would fail on rows or lose them without saying so. */
    private Operation safe(Connection connection, Operation inverse, Schema before, boolean kept, List<String> losses) {
        if (inverse instanceof AddColumn add && hasRows(connection, add.table())) {
            Column column = add.column();
            boolean relax = !column.nullable() && column.defaultValue() == null && !column.identity();
            if (!kept) {
                boolean keyless = before.table(add.table()).map(t -> t.primaryKey() == null).orElse(false);
                losses.add("the values of " + add.table() + "." + column.name() + " cannot come back"
                        + (keyless ? " (" + add.table() + " has no primary key to match them to their rows by, so"
                        + " they were not kept)" : "") + ": the column is back"
                        + (relax ? ", nullable, with NULL in every row (fill it, then setNotNull)"
                        : column.defaultValue() != null ? " with its default in every row" : " with NULL in every row"));
            }
            return relax ? new AddColumn(add.table(), column.withNullable(true)) : add;
        }
        if (inverse instanceof CreateTable create && !kept) {
            losses.add("the rows of " + create.table().name() + " cannot come back: the table is back, empty");
        }
        return inverse;
    }

    /** Puts kept values back; once more when the first try failed, as {@link #executeOrRetry} does. */
    private void restoreOrRetry(Connection connection, Operation operation, Schema before, int j) throws SQLException {
        try {
            keptValues.restore(connection, operation, before, j);
        } catch (SQLException | RuntimeException e) {
            keptValues.restore(connection, operation, before, j);
        }
    }

    private boolean hasRows(Connection connection, String table) {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT 1 FROM " + dialect.quote(table) + " LIMIT 1")) {
            return rs.next();
        } catch (SQLException e) {
            return true;
        }
    }

    private static boolean restoresAConstraint(Operation operation) {
        return operation instanceof CreateCheck || operation instanceof CreateUniqueConstraint
                || operation instanceof CreateForeignKey || operation instanceof SetNotNull
                || operation instanceof AddPrimaryKey
                || operation instanceof CreateIndex create && create.index().unique();
    }

    private boolean liveIs(Connection connection, Schema wanted) {
        try {
            return SchemaPoints.matches(dialect, wanted, live.read(connection));
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Runs an inverse; when it fails and the live schema shows that nothing of it ran, once more: an
     * undo that stops leaves the schema part-way, so a passing failure (a dropped connection's
     * statement, a lock wait) must not stop it.
     */
    private void executeOrRetry(Connection connection, Operation inverse, Schema schema) throws SQLException {
        try {
            execute(connection, inverse, schema);
        } catch (SQLException | RuntimeException e) {
            if (!liveIs(connection, schema)) {
                throw e;
            }
            execute(connection, inverse, schema);
        }
    }

    /** Runs one operation's statements (a Java data step, its body). */
    void execute(Connection connection, Operation operation, Schema schema) throws SQLException {
        if (operation instanceof RunJava run) {
            if (run.step() == null) {
                throw new SQLException("the Java data step has no body");
            }
            run.step().run(connection);
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : dialect.render(operation, schema)) {
                statement.execute(sql);
            }
        }
    }
}
