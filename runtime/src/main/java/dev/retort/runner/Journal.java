package dev.retort.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The start and the end of one migration's run, written in the history table: the start durably, on
 * its own, before the first statement; the end with the migration's history change. Where a run
 * stops in between, the row's state says so to the next run.
 */
record Journal(HistoryTable history, AppliedMigration row, Direction direction) {

    enum Direction {
        UPGRADING, DOWNGRADING;

        String state() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The direction a state names; null for an applied row (null or {@code applied}). */
        static Direction of(String state) {
            if (state == null || state.equalsIgnoreCase("applied")) {
                return null;
            }
            return valueOf(state.toUpperCase(Locale.ROOT));
        }

        String verb() {
            return this == UPGRADING ? "upgrade" : "downgrade";
        }
    }

    /** Records the start; autocommit must be on. */
    void begin(Connection connection) throws SQLException {
        if (direction == Direction.UPGRADING) {
            history.insertStarted(connection, row);
        } else {
            history.setState(connection, row.id(), Direction.DOWNGRADING);
        }
    }

    /** Records the end, inside the transaction the caller commits. */
    void end(Connection connection, long durationMs) throws SQLException {
        if (direction == Direction.UPGRADING) {
            history.markApplied(connection, row.id(), HistoryTable.now(), durationMs);
        } else {
            history.delete(connection, row.id());
        }
    }

    /** Whether the end is in the database (it may be without its acknowledgement having arrived). */
    boolean ended(Connection connection) throws SQLException {
        Optional<HistoryTable.JournalRow> now = history.row(connection, row.id());
        return direction == Direction.UPGRADING ? now.filter(r -> r.direction() == null).isPresent() : now.isEmpty();
    }

    /** Puts the row back as it was before the run: the run is undone. */
    void abandon(Connection connection) throws SQLException {
        if (direction == Direction.UPGRADING) {
            history.delete(connection, row.id());
        } else if (history.row(connection, row.id()).isPresent()) {
            history.setState(connection, row.id(), null);
        } else {
            history.insert(connection, row);
        }
    }
}
