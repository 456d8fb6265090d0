package dev.retort.sql;

import java.sql.SQLException;
import java.time.Duration;

/**
 * The lock that makes concurrent runners migrate one at a time ({@link DatabaseType#lock}). Each
 * holds it through a connection of its own, so that the database releases it when its holder dies.
 */
public interface Lock extends AutoCloseable {

    /** Waits at most {@code timeout} for the lock: false when another runner held it all that time. */
    boolean acquire(Duration timeout) throws SQLException, InterruptedException;

    /** Releases the lock and closes its connection. */
    @Override
    void close() throws SQLException;
}
