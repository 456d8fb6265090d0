package dev.retort.sql.postgres;

import dev.retort.sql.Lock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** A session-level advisory lock, keyed by the current schema: released when the session ends. */
final class PostgresLock implements Lock {

    private final Connection connection;
    private long key;

    PostgresLock(Connection connection) {
        this.connection = connection;
    }

    @Override
    public boolean acquire(Duration timeout) throws SQLException, InterruptedException {
        key = ("retort:" + connection.getSchema()).hashCode();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                statement.setLong(1, key);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return true;
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20 + (long) (Math.random() * 30));
        }
    }

    @Override
    public void close() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, key);
            statement.executeQuery().close();
        } finally {
            connection.close();
        }
    }
}
