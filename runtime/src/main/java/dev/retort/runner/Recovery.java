package dev.retort.runner;

import dev.retort.schema.Schema;
import dev.retort.sql.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before a command changes anything: if the history shows a run that was interrupted (its start
 * written, its end not), finds the operation it reached by comparing the live schema with the schema
 * expected after each operation, and undoes what it did (the default) or, when asked, finishes it.
 * Where the database matches no point of the migration, refuses, saying what it found and what to do.
 */
final class Recovery {

    private static final Logger LOG = LoggerFactory.getLogger("retort");

    private final Dialect dialect;
    private final Migrations migrations;
    private final HistoryTable history;
    private final LiveSchema live;
    private final boolean finish;

    Recovery(Dialect dialect, Migrations migrations, HistoryTable history, LiveSchema live, boolean finish) {
        this.dialect = dialect;
        this.migrations = migrations;
        this.history = history;
        this.live = live;
        this.finish = finish;
    }

    void recover(Connection connection) throws SQLException {
        Optional<HistoryTable.JournalRow> found = history.interrupted(connection);
        if (found.isEmpty()) {
            return;
        }
        AppliedMigration row = found.get().row();
        Journal.Direction direction = found.get().direction();
        String what = "an earlier run was interrupted while " + (direction == Journal.Direction.UPGRADING
                ? "upgrading to " : "downgrading from ") + row.id() + " (" + row.description() + ", started "
                + row.appliedAt() + " by " + row.appliedBy() + ")";
        LoadedMigration migration = migrations.get(row.id()).orElseThrow(() -> new RetortException(what
                + ", and no migration has that id now: restore the migration, or repair the schema by hand and"
                + " run 'stamp' with the revision it then has"));
        Set<String> applied = new HashSet<>();
        history.read(connection).forEach(r -> applied.add(r.id()));
        boolean up = direction == Journal.Direction.UPGRADING;
        if (!up) {
            applied.add(row.id());
        }
        Schema before = migrations.schemaOf(applied);
        MigrationRun run = up ? MigrationRun.of(row.id(), migration.upgrade(), migration.downgrade(), before)
                : MigrationRun.of(row.id(), migration.downgrade(), migration.upgrade(), before);
        Journal journal = new Journal(history, row, direction);
        StepRunner runner = new StepRunner(dialect, live);
        Schema now = live.read(connection);
        OptionalInt reached = run.points().locate(dialect, now);
        String older = Retort.parents(migration);
        if (reached.isEmpty()) {
            List<String> differences = SchemaPoints.differences(dialect, run.points().at(0), now);
            throw new RetortException("refused: " + what + ", and the database matches no point of that migration ("
                    + String.join("; ", differences.subList(0, Math.min(3, differences.size()))) + ").\nRepair the"
                    + " schema by hand to " + row.id() + "'s and run 'stamp " + row.id() + "', or to " + older
                    + "'s and run 'stamp " + (migration.revises().isEmpty() ? "base" : older) + "'.");
        }
        int k = reached.getAsInt();
        if (finish) {
            runner.resume(connection, run, journal, k);
            LOG.warn("Retort: {}; it had run {} of {} operations, and the rest ran now", what, k, run.size());
            return;
        }
        Compensation.Outcome outcome = runner.undoInterrupted(connection, run, journal, k,
                Math.max(run.committedBefore(k), found.get().committedBefore()));
        if (!outcome.complete()) {
            throw new RetortException("refused: " + what + " after operation " + k + " of " + run.size()
                    + ", and undoing it failed (" + String.join("; ", outcome.failures()) + ").\nRepair the schema by"
                    + " hand to " + (up ? older : row.id()) + "'s and run 'stamp "
                    + (up ? (migration.revises().isEmpty() ? "base" : older) : row.id()) + "'.");
        }
        LOG.warn("Retort: {}; it had run {} of {} operations, which were undone{}", what, k, run.size(),
                outcome.losses().isEmpty() ? "" : " (what could not come back: " + String.join("; ", outcome.losses())
                        + ")");
    }
}
