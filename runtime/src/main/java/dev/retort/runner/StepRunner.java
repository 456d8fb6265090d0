package dev.retort.runner;

import dev.retort.operation.Operation;
import dev.retort.operation.RunJava;
import dev.retort.schema.Schema;
import dev.retort.sql.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one direction of one migration with its history change, all or nothing. Its start is written
 * first, on its own ({@link Journal}); then the operations run in one transaction where DDL is
 * transactional (PostgreSQL); elsewhere (H2, MariaDB, where DDL commits at once), and on PostgreSQL
 * for a migration holding a step that must commit on its own (an online index, a validation:
 * {@link Dialect#outsideTransaction}), each schema operation commits at once, the data
 * steps between two of them run in one transaction, the last ones with the history change, and a
 * failure is undone by {@link Compensation}. After a failure the live schema, not the client's view,
 * says which operations ran: an acknowledgement may be lost after the work was done.
 */
final class StepRunner {

    private static final Logger LOG = LoggerFactory.getLogger("retort");

    private final Dialect dialect;
    private final LiveSchema live;
    /**
     * This runner on the connection of the last run (its default schema asked once, not before every
     * migration), and that connection; null until a run, and again after a run with a data step, whose
     * SQL or Java may have changed the connection's schema ({@code SET SCHEMA}, {@code USE}).
     */
    private StepRunner bound;
    private Connection boundTo;

    StepRunner(Dialect dialect, LiveSchema live) {
        this.dialect = dialect;
        this.live = live;
    }

    private StepRunner on(Connection connection) throws SQLException {
        if (bound == null || boundTo != connection) {
            bound = new StepRunner(dialect.on(connection), live);
            boundTo = connection;
        }
        return bound;
    }

    /** A failure at operation {@code index} (the size of the run: the history change), after {@code ran} statements of it. */
    private static final class StepFailure extends Exception {
        private static final long serialVersionUID = 1L;
        final int index;
        final String statement;
        final int ran;
        /** Whether the database answered the statement with an error, so that it did nothing. */
        final boolean refused;

        StepFailure(int index, String statement, int ran, Exception cause) {
            super(cause.getMessage(), cause);
            this.index = index;
            this.statement = statement;
            this.ran = ran;
            this.refused = refusedByTheDatabase(cause);
        }

        /**
         * An error the database answered with over a connection still open (a name taken, a lock not
         * granted), rather than a connection lost, after which a statement may have run all the same.
         * A statement of DDL is all or nothing on the databases Retort runs (H2, MariaDB 10.6 and later,
         * MySQL 8, PostgreSQL).
         */
        private static boolean refusedByTheDatabase(Exception cause) {
            return cause instanceof SQLException sql && !(cause instanceof SQLRecoverableException)
                    && !(cause instanceof SQLNonTransientConnectionException)
                    && !(cause instanceof SQLTransientConnectionException)
                    && sql.getSQLState() != null && sql.getSQLState().length() == 5 && !sql.getSQLState().startsWith("08");
        }
    }

    /** Runs the migration from its start: the journal's start first; returns the schema it leaves. */
    Schema run(Connection connection, MigrationRun run, Journal journal) throws SQLException {
        StepRunner on = on(connection);
        connection.setAutoCommit(true);
        try {
            journal.begin(connection);
        } catch (SQLException e) {
            boolean cleared = abandon(connection, journal);
            throw new MigrationFailedException("migration " + run.migrationId() + " could not record its start in "
                    + HistoryTable.NAME + ": " + e.getMessage() + "\nNothing ran; " + (cleared ? "the history is unchanged."
                    : "the next run finds the start recorded and clears it."), run.migrationId(), "the history's start", e);
        }
        try {
            return on.runFrom(connection, run, journal, 0, 0);
        } finally {
            if (run.operations().stream().anyMatch(Operation::isDataStep)) {
                bound = null;
            }
        }
    }

    /** Runs the rest of a run that an earlier, interrupted run took to operation {@code from}. */
    Schema resume(Connection connection, MigrationRun run, Journal journal, int from, int committedBefore)
            throws SQLException {
        connection.setAutoCommit(true);
        return new StepRunner(dialect.on(connection), live).runFrom(connection, run, journal, from, committedBefore);
    }

    /** Undoes the first {@code reached} operations an interrupted run did, and clears its journal. */
    Compensation.Outcome undoInterrupted(Connection connection, MigrationRun run, Journal journal, int reached,
                                         int committedBefore) throws SQLException {
        connection.setAutoCommit(true);
        StepRunner on = new StepRunner(dialect.on(connection), live);
        Compensation.Outcome outcome = new Compensation(on.dialect, live)
                .undo(connection, run, reached, false, committedBefore);
        if (outcome.complete() && SchemaPoints.matches(on.dialect, outcome.schema(), live.read(connection))) {
            on.dropKept(connection, run);
            journal.abandon(connection);
        }
        return outcome;
    }

    private Schema runFrom(Connection connection, MigrationRun run, Journal journal, int from, int committedBefore)
            throws SQLException {
        long start = System.nanoTime();
        if (dialect.transactionalDdl() && run.operations().stream().noneMatch(dialect::outsideTransaction)) {
            return inTransaction(connection, run, journal, from, start);
        }
        return withCompensation(connection, run, journal, from, committedBefore, start);
    }

    private Schema inTransaction(Connection connection, MigrationRun run, Journal journal, int from, long start)
            throws SQLException {
        connection.setAutoCommit(false);
        int index = from;
        try {
            for (; index < run.size(); index++) {
                execute(connection, run, index, false);
            }
            end(connection, run, journal, start, true);
            connection.setAutoCommit(true);
            return run.points().last();
        } catch (StepFailure failure) {
            if (rolledBackYetEnded(connection, run, journal)) {
                return run.points().last();
            }
            boolean cleared = from == 0 && abandon(connection, journal);
            throw failed(run, failure, "The operations that ran were rolled back; " + (cleared ? "the history is unchanged."
                    : "the history marks the migration interrupted and the next run finds where it stopped."));
        }
    }

    private Schema withCompensation(Connection connection, MigrationRun run, Journal journal, int from,
                                    int committedFrom, long start) throws SQLException {
        connection.setAutoCommit(true);
        boolean inData = false;
        int committedBefore = committedFrom;
        try {
            for (int index = from; index < run.size(); index++) {
                Operation operation = run.operations().get(index);
                if (operation.isDataStep() && !inData) {
                    connection.setAutoCommit(false);
                    inData = true;
                } else if (!operation.isDataStep()) {
                    if (inData) {
                        commitData(connection, journal, index);
                        connection.setAutoCommit(true);
                        inData = false;
                    }
                    committedBefore = index;
                }
                execute(connection, run, index, true);
            }
            // Without data steps open the end is one statement, all or nothing in autocommit by itself.
            end(connection, run, journal, start, inData);
            if (inData) {
                connection.setAutoCommit(true);
            }
            return dropKept(connection, run);
        } catch (StepFailure failure) {
            if (rolledBackYetEnded(connection, run, journal)) {
                return dropKept(connection, run);
            }
            if (failure.statement.equals("COMMIT") && failure.index < run.size()) {
                committedBefore = Math.max(committedBefore, journal.committedBefore(connection));
            }
            return undo(connection, run, journal, failure, committedBefore);
        }
    }

    /** Undoes what ran, as the live schema shows it; always throws. */
    private Schema undo(Connection connection, MigrationRun run, Journal journal, StepFailure failure, int committedBefore)
            throws SQLException {
        int reached = failure.index;
        boolean part = false;
        // What the database had that this run did not make: not this run's to undo.
        Set<String> foreign = Set.of();
        if (failure.index < run.size() && !run.operations().get(failure.index).isDataStep()) {
            // What the failed step left behind: the INVALID index of a concurrent build, the check of a
            // safe SET NOT NULL.
            List<String> cleanup = dialect.cleanupAfterFailure(run.operations().get(failure.index),
                    run.points().at(failure.index));
            undoStatements(connection, cleanup);
            if (failure.ran > 0) {
                // The statements of an operation of several that ran, undone last first, so that the
                // live schema is back at the point before it (issue 16: MariaDB's foreign key, H2's index).
                undoStatements(connection, dialect.undoPartial(run.operations().get(failure.index),
                        run.points().at(failure.index), failure.ran));
            }
            Schema now = live.read(connection);
            if (failure.ran == 0 && failure.refused && cleanup.isEmpty()) {
                // The database answered the operation's first statement with an error, and the operation
                // is not one whose failure leaves something behind: it did nothing, and what the schema
                // has beyond the point before it (the table a CREATE TABLE found there) was there before.
                foreign = new HashSet<>(SchemaPoints.differences(dialect, run.points().at(failure.index), now));
            } else if (SchemaPoints.matches(dialect, run.points().at(failure.index + 1), now)
                    && !SchemaPoints.matches(dialect, run.points().at(failure.index), now)) {
                reached = failure.index + 1;
            } else if (!SchemaPoints.matches(dialect, run.points().at(failure.index), now)) {
                part = true;
            }
        }
        Compensation.Outcome outcome = new Compensation(dialect, live)
                .undo(connection, run, reached, part, committedBefore);
        Schema left = live.read(connection);
        List<String> lines = new ArrayList<>();
        if (outcome.complete() && new HashSet<>(SchemaPoints.differences(dialect, outcome.schema(), left)).equals(foreign)) {
            dropKept(connection, run);
            boolean cleared = abandon(connection, journal);
            lines.add("The operations that ran were undone; " + (cleared ? "the history is unchanged."
                    : "the history marks the migration interrupted and the next run clears it."));
            if (!foreign.isEmpty()) {
                lines.add("Left as it was, since the migration did not make it: " + String.join("; ",
                        new TreeSet<>(foreign)) + ".");
            }
        } else {
            List<String> differences = SchemaPoints.differences(dialect, run.points().at(0), left);
            lines.add("Undoing the operations that ran did not finish" + (outcome.complete() ? ""
                    : " (" + String.join("; ", outcome.failures()) + ")") + ", so the schema is left part-way: "
                    + String.join("; ", differences.subList(0, Math.min(3, differences.size())))
                    + "\nThe history marks the migration interrupted: repair the schema by hand to how it was before,"
                    + " then run the command again.");
        }
        if (!outcome.restored().isEmpty()) {
            lines.add("Put back from the copies kept before the drops: " + String.join(", ", outcome.restored()) + ".");
        }
        if (!outcome.losses().isEmpty()) {
            lines.add("What could not come back: " + String.join("; ", outcome.losses()));
        }
        throw failed(run, failure, String.join("\n", lines));
    }

    private static void undoStatements(Connection connection, List<String> statements) {
        for (String sql : statements) {
            if (!quietly(() -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            })) {
                return;
            }
        }
    }

    /** Rolls back what is open; true when the end was written all the same (see {@link #endedAnyway}). */
    private boolean rolledBackYetEnded(Connection connection, MigrationRun run, Journal journal) {
        quietly(connection::rollback);
        quietly(() -> connection.setAutoCommit(true));
        return endedAnyway(connection, run, journal);
    }

    /** The end was written although the client saw an error: the acknowledgement of the commit was lost. */
    private boolean endedAnyway(Connection connection, MigrationRun run, Journal journal) {
        try {
            if (journal.ended(connection) && SchemaPoints.matches(dialect, run.points().last(), live.read(connection))) {
                LOG.warn("Migration {}: the database reported an error at the end, yet the migration is complete"
                        + " and recorded: the acknowledgement was lost", run.migrationId());
                return true;
            }
            return false;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Writes the history's end; commits it with the open data steps when {@code inTransaction}. */
    private static void end(Connection connection, MigrationRun run, Journal journal, long start, boolean inTransaction)
            throws StepFailure {
        String statement = "the history change";
        try {
            journal.end(connection, (System.nanoTime() - start) / 1_000_000);
            if (inTransaction) {
                statement = "COMMIT";
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            throw new StepFailure(run.size(), statement, 0, e);
        }
    }

    /** Commits the data steps before operation {@code index}, with a mark of it in the journal. */
    private static void commitData(Connection connection, Journal journal, int index) throws StepFailure {
        String statement = "the journal's progress";
        try {
            journal.progress(connection, index);
            statement = "COMMIT";
            connection.commit();
        } catch (SQLException e) {
            throw new StepFailure(index, statement, 0, e);
        }
    }

    /** Once the run ended well, or its undo put every kept value back, the side tables are not needed. */
    private Schema dropKept(Connection connection, MigrationRun run) {
        List<String> left = new KeptValues(dialect).left(connection, run);
        if (!left.isEmpty()) {
            LOG.warn("Migration {}: {} could not be dropped; it holds nothing needed now: drop it by hand",
                    run.migrationId(), String.join(", ", left));
        }
        return run.points().last();
    }

    /** Runs operation {@code index}; first, where {@code keep}, keeps what it destroys ({@link KeptValues}). */
    private void execute(Connection connection, MigrationRun run, int index, boolean keep) throws StepFailure {
        Operation operation = run.operations().get(index);
        Schema schema = run.points().at(index);
        String current = operation.describe();
        int ran = 0;
        try {
            if (operation instanceof RunJava) {
                new Compensation(dialect, live).execute(connection, operation, schema);
                return;
            }
            try (Statement statement = connection.createStatement()) {
                for (String sql : keep ? new KeptValues(dialect).keep(connection, operation, schema, index) : List.<String>of()) {
                    current = sql;
                    statement.execute(sql);
                }
                for (String sql : dialect.render(operation, schema)) {
                    current = sql;
                    statement.execute(sql);
                    ran++;
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw new StepFailure(index, current, ran, e);
        }
    }

    private static MigrationFailedException failed(MigrationRun run, StepFailure failure, String outcome) {
        String where = failure.index < run.size()
                ? "at operation " + (failure.index + 1) + " of " + run.size() + " (" + run.operations().get(failure.index)
                        .describe() + ")"
                : "at its history change";
        return new MigrationFailedException("migration " + run.migrationId() + " failed " + where + "\n  statement: "
                + failure.statement + "\n  error: " + failure.getMessage() + "\n" + outcome, run.migrationId(),
                failure.statement, failure.getCause());
    }

    private interface Action {
        void run() throws SQLException;
    }

    private static boolean quietly(Action action) {
        try {
            action.run();
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Puts the journal back as before the run, trying twice: a row left started makes the next run look for work. */
    private static boolean abandon(Connection connection, Journal journal) {
        return quietly(() -> journal.abandon(connection)) || quietly(() -> journal.abandon(connection));
    }
}
