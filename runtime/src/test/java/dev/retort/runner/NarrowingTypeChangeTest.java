package dev.retort.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.fixtures.narrowing.NarrowingIndex;
import dev.retort.schema.Schema;
import dev.retort.sql.Database;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A type change that narrows a column never cuts a value short: a value that does not fit fails the
 * migration, and the rows are read back as they were. On MariaDB the server's own sql_mode is made
 * lax here (as many installations have it), and Retort's session must be strict all the same.
 */
class NarrowingTypeChangeTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void aValueThatDoesNotFitFailsTheMigrationAndKeepsTheRows(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "narrow")) {
            String url = database == Database.MARIADB ? db.url() + "&sessionVariables=sql_mode=NO_ENGINE_SUBSTITUTION"
                    : db.url();
            retort(url).upgrade(NarrowingIndex.PEOPLE);
            List<String> rowsBefore = rows(db);
            Schema schemaBefore = retort(url).liveSchema();
            assertEquals(List.of("1 ann@example.com A1", "2 " + NarrowingIndex.LONG_EMAIL + " 12345678"), rowsBefore);

            MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                    () -> retort(url).upgrade("head"));
            assertTrue(failure.getMessage().startsWith("migration " + NarrowingIndex.NARROW
                    + " failed at operation 1 of 1 (alterColumnType people.email to varchar(255))"), failure.getMessage());
            assertEquals(rowsBefore, rows(db));
            assertEquals(schemaBefore, retort(url).liveSchema());
            assertEquals(List.of(NarrowingIndex.PEOPLE), retort(url).current());

            db.execute("UPDATE people SET email = 'bob@example.com' WHERE id = 2");
            assertEquals(List.of(NarrowingIndex.NARROW), retort(url).upgrade("head"));
            assertEquals(List.of("1 ann@example.com A1", "2 bob@example.com 12345678"), rows(db));
        }
    }

    private static Retort retort(String url) {
        return Retort.configure().url(url).migrationsPackage("dev.retort.fixtures.narrowing").load();
    }

    private static List<String> rows(TestDatabase db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, email, code FROM people ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }
}
