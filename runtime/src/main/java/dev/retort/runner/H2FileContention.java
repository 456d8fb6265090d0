package dev.retort.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Connections to an H2 file that several processes open at once ({@code AUTO_SERVER=TRUE}): the
 * first to open it serves the others. While it is still writing the lock file the others are
 * refused ("Lock file recently modified", "Another process was faster", ...); when it
 * exits, their connections break and the next to connect serves. Such a refusal is tried again
 * until the lock timeout, as a wait for the migration lock would be.
 */
final class H2FileContention implements ConnectionSource {

    /**
     * ERROR_OPENING_DATABASE_1 (H2's file lock: "Lock file recently modified", "Concurrent update",
     * "Another process was faster"), DATABASE_ALREADY_OPEN_1, CONNECTION_BROKEN_1, and
     * DATABASE_CALLED_AT_SHUTDOWN (the serving process is exiting).
     */
    private static final int OPENING = 8000;
    private static final int ALREADY_OPEN = 90020;
    private static final int BROKEN = 90067;
    private static final int SHUTTING_DOWN = 90121;

    private final ConnectionSource connections;
    private final Duration timeout;

    H2FileContention(ConnectionSource connections, Duration timeout) {
        this.connections = connections;
        this.timeout = timeout;
    }

    @Override
    public Connection open() throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return connections.open();
            } catch (SQLException e) {
                if (!isContention(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                Sleep.briefly();
            }
        }
    }

    static boolean isContention(SQLException e) {
        return e.getClass().getName().startsWith("org.h2.")
                && (e.getErrorCode() == ALREADY_OPEN || e.getErrorCode() == BROKEN || e.getErrorCode() == OPENING
                || e.getErrorCode() == SHUTTING_DOWN);
    }
}
