package dev.retort.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.fixtures.narrowing.NarrowingIndex;
import dev.retort.sql.Database;
import dev.retort.sql.Dialect;
import dev.retort.sql.MigrationSession;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A migration's statement waits a bounded time for a table's lock: behind a transaction left open in
 * another connection, it fails, is undone, and the message names the transaction and the setting.
 */
class DdlLockTimeoutTest {

    /** The timeout only turns a wait without end (the databases' default) into a failure. */
    @ParameterizedTest
    @Timeout(120)
    @EnumSource(value = Database.class, names = {"POSTGRESQL", "MARIADB"})
    void aMigrationBehindAnOpenTransactionFailsFastAndSaysWhatBlockedIt(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "ddllock")) {
            retort(db, Duration.ofSeconds(1)).upgrade(NarrowingIndex.PEOPLE);
            db.execute("UPDATE people SET email = 'bob@example.com' WHERE id = 2");
            try (Connection blocker = db.connect()) {
                blocker.setAutoCommit(false);
                try (Statement statement = blocker.createStatement()) {
                    statement.executeQuery("SELECT COUNT(*) FROM people").close();
                }
                MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                        () -> retort(db, Duration.ofSeconds(1)).upgrade("head"));
                String message = failure.getMessage();
                assertTrue(message.startsWith("migration " + NarrowingIndex.NARROW + " failed at operation 1 of 1"),
                        message);
                assertTrue(message.contains("\nThe statement waited 1000 ms for a lock another session holds;"
                        + " open transactions now:\n  " + (database == Database.POSTGRESQL ? "pid " : "thread ")
                        + sessionId(database, blocker) + ", "), message);
                assertTrue(message.endsWith("Let them finish (or end them), then run the migration again. To wait"
                        + " longer, raise ddlLockTimeout (--ddl-lock-timeout, retort.ddlLockTimeout,"
                        + " spring.retort.ddl-lock-timeout)."), message);
                assertEquals(List.of(NarrowingIndex.PEOPLE), retort(db, Duration.ofSeconds(1)).current());
                blocker.commit();
            }
            assertEquals(List.of(NarrowingIndex.NARROW), retort(db, Duration.ofSeconds(1)).upgrade("head"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"POSTGRESQL", "MARIADB"})
    void theSessionIsPutBackAsItWas(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "session"); Connection connection = db.connect()) {
            String variables = database == Database.POSTGRESQL ? "SELECT current_setting('lock_timeout')"
                    : "SELECT CONCAT_WS(' ', @@SESSION.sql_mode, @@SESSION.lock_wait_timeout,"
                    + " @@SESSION.innodb_lock_wait_timeout)";
            if (database == Database.MARIADB) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION'");
                }
            }
            String before = text(connection, variables);
            try (MigrationSession session = Dialect.of(database).prepare(connection, Duration.ofMillis(2500))) {
                assertEquals(database == Database.POSTGRESQL ? "2500ms"
                        : "STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION 3 3", text(connection, variables));
            }
            assertEquals(before, text(connection, variables));
        }
    }

    private static String sessionId(Database database, Connection connection) throws SQLException {
        return text(connection, database == Database.POSTGRESQL ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()");
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Retort retort(TestDatabase db, Duration ddlLockTimeout) {
        return Retort.configure().url(db.url()).migrationsPackage("dev.retort.fixtures.narrowing")
                .ddlLockTimeout(ddlLockTimeout).load();
    }
}
