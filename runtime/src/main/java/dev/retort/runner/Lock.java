package dev.retort.runner;

import dev.retort.sql.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The lock that makes concurrent runners migrate one at a time. Each holds it through a connection
 * of its own, so that the database releases it when its holder dies.
 */
interface Lock extends AutoCloseable {

    /** Waits at most {@code timeout} for the lock; a {@link RetortException} when it stays taken. */
    void acquire(Duration timeout) throws SQLException;

    @Override
    void close() throws SQLException;

    static Lock on(Database database, Connection connection) {
        switch (database) {
            case POSTGRESQL:
                return new PostgresLock(connection);
            case MARIADB:
                return new MariaDbLock(connection);
            default:
                return new H2Lock(connection);
        }
    }

    static RetortException timedOut(Duration timeout) {
        return new RetortException("another runner has held the migration lock for longer than " + timeout.toMillis()
                + " ms: try again later, or allow a longer wait (lockTimeout / --lock-timeout)");
    }
}
