package dev.retort.sql.h2;

import dev.retort.sql.Lock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The row of {@code retort_lock}, locked with {@code SELECT ... FOR UPDATE} in a transaction left
 * open: not a flag, so a holder that dies (its connection closed) leaves no lock behind.
 */
final class H2Lock implements Lock {

    static final String TABLE = "retort_lock";

    private final Connection connection;

    H2Lock(Connection connection) {
        this.connection = connection;
    }

    @Override
    public boolean acquire(Duration timeout) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCK_TIMEOUT " + Math.max(1, timeout.toMillis()));
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id INTEGER PRIMARY KEY)");
            try {
                // Reads without locking, so a runner never waits here for the row another one holds.
                statement.execute("INSERT INTO " + TABLE + " SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM " + TABLE + ")");
            } catch (SQLException raced) {
                // Another runner inserted the row first: there is a row to lock.
            }
            connection.setAutoCommit(false);
            try {
                statement.executeQuery("SELECT id FROM " + TABLE + " WHERE id = 1 FOR UPDATE").close();
            } catch (SQLException e) {
                connection.rollback();
                // 50200: lock timeout
                if (e.getErrorCode() == 50200 || "HYT00".equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        }
        return true;
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
