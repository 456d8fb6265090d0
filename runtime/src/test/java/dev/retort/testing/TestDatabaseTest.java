package dev.retort.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.sql.Database;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** A database test is skipped only when its server cannot be reached; every other error fails it. */
class TestDatabaseTest {

    @Test
    void aRefusedConnectionIsAConnectionFailure() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        SQLException postgres = assertThrows(SQLException.class, () -> DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + closed + "/test?user=postgres&connectTimeout=3"));
        SQLException mariadb = assertThrows(SQLException.class, () -> DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + closed + "/test?user=root&connectTimeout=3000"));
        assertTrue(ConnectionFailure.is(postgres), postgres::toString);
        assertTrue(ConnectionFailure.is(mariadb), mariadb::toString);
    }

    @Test
    void aStatementTheDatabaseRejectsIsNoConnectionFailure() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:rejects");
             Statement statement = connection.createStatement()) {
            SQLException syntax = assertThrows(SQLException.class, () -> statement.execute("CREATE SCHEMA bad name"));
            assertFalse(ConnectionFailure.is(syntax), syntax::toString);
        }
    }

    @Test
    void anErrorInCreatingFailsInsteadOfSkipping() {
        for (Database database : new Database[] {Database.POSTGRESQL, Database.MARIADB}) {
            AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                    () -> TestDatabase.create(database, "bad name").close());
            assertTrue(failed.getMessage().contains("refused `CREATE"), failed::getMessage);
        }
    }

    @Test
    void anErrorInCleanupFailsInsteadOfSkipping() throws Exception {
        for (Database database : new Database[] {Database.POSTGRESQL, Database.MARIADB}) {
            TestDatabase db = TestDatabase.create(database, "cleanup");
            db.execute(database == Database.POSTGRESQL ? "DROP SCHEMA " + name(db) + " CASCADE"
                    : "DROP DATABASE " + name(db));
            assertThrows(SQLException.class, db::close, database::toString);
        }
    }

    private static String name(TestDatabase db) {
        return db.toString().substring(db.toString().indexOf(' ') + 1);
    }
}
