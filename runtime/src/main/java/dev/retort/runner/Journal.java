package dev.retort.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The start and the end of one migration's run, written in the history table: the start durably, on
 * its own, before the first statement; the end with the migration's history change. Where a run
 * stops in between, the row's state says so to the next run. An upgrade's end also stores the class
 * hash of the migration ({@link ClassHashes}), where its class has one, in the same statement.
 */
record Journal(HistoryTable history, AppliedMigration row, Direction direction, String classHash) {

    /** A run whose end stores no class hash: the next start verifies the class by loading it. */
    Journal(HistoryTable history, AppliedMigration row, Direction direction) {
        this(history, row, direction, null);
    }

    enum Direction {
        UPGRADING, DOWNGRADING;

        String state() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The direction a state names ({@code upgrading} or {@code upgrading:7}); null for an applied row. */
        static Direction of(String state) {
            if (state == null || state.equalsIgnoreCase("applied")) {
                return null;
            }
            int colon = state.indexOf(':');
            return valueOf((colon < 0 ? state : state.substring(0, colon)).toUpperCase(Locale.ROOT));
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

    /** The operation before which a state's run committed its data steps ({@code upgrading:7}: 7). */
    static int progress(String state) {
        int colon = state == null ? -1 : state.indexOf(':');
        return colon < 0 ? 0 : Integer.parseInt(state.substring(colon + 1));
    }

    /**
     * Records, inside the transaction of the data steps before operation {@code index}, that they are
     * committed with it: after a commit whose acknowledgement was lost, this says whether it happened.
     */
    void progress(Connection connection, int index) throws SQLException {
        history.writeState(connection, row.id(), direction.state() + ":" + index);
    }

    /** The operation before which the data steps of this run are committed, as the database says. */
    int committedBefore(Connection connection) throws SQLException {
        return history.row(connection, row.id()).filter(r -> r.direction() == direction)
                .map(HistoryTable.JournalRow::committedBefore).orElse(0);
    }

    /** Records the end, inside the transaction the caller commits. */
    void end(Connection connection, long durationMs) throws SQLException {
        if (direction == Direction.UPGRADING) {
            history.markApplied(connection, row.id(), HistoryTable.now(), durationMs, classHash);
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
            history.writeState(connection, row.id(), null);
        } else {
            history.insert(connection, row);
        }
    }
}
