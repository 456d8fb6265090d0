package dev.retort.runner;

import dev.retort.schema.Schema;
import dev.retort.sql.Database;
import dev.retort.sql.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern H2_COPY = Pattern.compile("(?i)(.+)_copy_\\d+_\\d+");

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

    /** Where an interrupted run stopped: the operation it reached, or empty where no point matches. */
    private record Stop(String what, LoadedMigration migration, MigrationRun run, Journal journal, int committed,
                        OptionalInt reached, List<String> copies, Schema now) {

        boolean up() {
            return journal.direction() == Journal.Direction.UPGRADING;
        }
    }

    /** The interrupted run the history shows, if one, and what the next command will do about it; changes nothing. */
    Optional<Interruption> inspect(Connection connection) throws SQLException {
        Optional<Stop> stop;
        try {
            stop = find(connection);
        } catch (RetortException unknown) {
            return history.interrupted(connection).map(r -> new Interruption(r.direction() == Journal.Direction.UPGRADING,
                    r.committedBefore(), r.row().appliedAt(), r.row().appliedBy(), OptionalInt.empty(), 0, finish));
        }
        return stop.map(s -> new Interruption(s.up(), s.committed(), s.journal().row().appliedAt(),
                s.journal().row().appliedBy(), s.reached(), s.run().size(), finish));
    }

    void recover(Connection connection) throws SQLException {
        Optional<Stop> found = find(connection);
        if (found.isEmpty()) {
            return;
        }
        Stop stop = found.get();
        String what = stop.what();
        LoadedMigration migration = stop.migration();
        MigrationRun run = stop.run();
        Journal journal = stop.journal();
        AppliedMigration row = journal.row();
        boolean up = stop.up();
        String older = Retort.parents(migration);
        if (stop.reached().isEmpty()) {
            List<String> differences = SchemaPoints.differences(dialect, run.points().at(0), stop.now());
            throw new RetortException("refused: " + what + ", and the database matches no point of that migration ("
                    + String.join("; ", differences.subList(0, Math.min(3, differences.size()))) + ").\nRepair the"
                    + " schema by hand to " + row.id() + "'s and run 'stamp " + row.id() + "', or to " + older
                    + "'s and run 'stamp " + (migration.revises().isEmpty() ? "base" : older) + "'.");
        }
        if (!stop.copies().isEmpty()) {
            dropCopies(connection, stop.copies());
            LOG.warn("Retort: H2 left {} of the ALTER TABLE the interrupted run was in; dropped", stop.copies());
        }
        int committed = stop.committed();
        int k = stop.reached().getAsInt();
        StepRunner runner = new StepRunner(dialect, live);
        if (finish) {
            runner.resume(connection, run, journal, k, committed);
            LOG.warn("Retort: {}; it had run {} of {} operations, and the rest ran now", what, k, run.size());
            return;
        }
        Compensation.Outcome outcome = runner.undoInterrupted(connection, run, journal, k, committed);
        if (!outcome.complete() || history.interrupted(connection).isPresent()) {
            throw new RetortException("refused: " + what + " after operation " + k + " of " + run.size()
                    + ", and undoing it failed (" + String.join("; ", outcome.failures()) + ").\nRepair the schema by"
                    + " hand to " + (up ? older : row.id()) + "'s and run 'stamp "
                    + (up ? (migration.revises().isEmpty() ? "base" : older) : row.id()) + "'.");
        }
        LOG.warn("Retort: {}; it had run {} of {} operations, which were undone{}{}", what, k, run.size(),
                outcome.restored().isEmpty() ? "" : " (put back from the copies kept before the drops: "
                        + String.join(", ", outcome.restored()) + ")",
                outcome.losses().isEmpty() ? "" : " (what could not come back: " + String.join("; ", outcome.losses())
                        + ")");
    }

    /**
     * The interrupted run, if the history shows one, and the operation the live schema says it reached
     * (data steps after its last committed mark do not count as run); changes nothing.
     */
    private Optional<Stop> find(Connection connection) throws SQLException {
        Optional<HistoryTable.JournalRow> found = history.interrupted(connection);
        if (found.isEmpty()) {
            return Optional.empty();
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
        Schema now = live.read(connection);
        OptionalInt reached = run.points().locate(dialect, now);
        List<String> copies = List.of();
        List<String> h2Copies = h2Copies(now);
        if (reached.isEmpty() && !h2Copies.isEmpty()) {
            Schema withoutCopies = now;
            for (String copy : h2Copies) {
                withoutCopies = withoutCopies.withoutTable(copy);
            }
            reached = run.points().locate(dialect, withoutCopies);
            copies = reached.isPresent() ? h2Copies : List.of();
        }
        int committed = found.get().committedBefore();
        if (reached.isPresent()) {
            int k = reached.getAsInt();
            while (k > 0 && run.operations().get(k - 1).isDataStep() && k - 1 >= committed) {
                k--;
            }
            reached = OptionalInt.of(k);
        }
        return Optional.of(new Stop(what, migration, run, journal, committed, reached, copies, now));
    }

    /**
     * The copies H2 makes of a table it alters ({@code <table>_COPY_<n>_<m>}), which a process killed
     * at the wrong moment leaves behind beside the table itself.
     */
    private List<String> h2Copies(Schema now) {
        if (dialect.database() != Database.H2) {
            return List.of();
        }
        return now.tables().keySet().stream().filter(name -> {
            Matcher matcher = H2_COPY.matcher(name);
            return matcher.matches() && now.tables().keySet().stream().anyMatch(t -> t.equalsIgnoreCase(matcher.group(1)));
        }).toList();
    }

    private void dropCopies(Connection connection, List<String> copies) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String copy : copies) {
                statement.execute("DROP TABLE " + dialect.quote(copy));
            }
        }
    }
}
