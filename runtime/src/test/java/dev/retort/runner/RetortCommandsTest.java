package dev.retort.runner;

import static dev.retort.fixtures.shows.ShowsIndex.CREATED_BY;
import static dev.retort.fixtures.shows.ShowsIndex.SHOWS;
import static dev.retort.fixtures.shows.ShowsIndex.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.sql.Database;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Java API's commands, on each database. */
class RetortCommandsTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void upgradeDowngradeCurrentStampAndCheck(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "commands")) {
            Retort retort = retort(db);
            assertEquals(List.of(), retort.current());
            assertEquals(List.of(CREATED_BY), retort.heads());
            assertEquals(List.of(USERS), retort.upgrade("+1"));
            assertEquals(List.of(USERS), retort.current());
            assertEquals(List.of(SHOWS, CREATED_BY), retort.upgrade("head"));
            assertEquals(List.of(), retort.upgrade("head"));
            assertEquals(List.of(CREATED_BY), retort.current());
            assertEquals(List.of(), retort.check());
            assertEquals(List.of(CREATED_BY), retort.downgrade("-1"));
            assertEquals(List.of(SHOWS), retort.current());
            assertEquals(List.of("missing: shows foreign key fk_shows_created_by (created_by) references users (id)",
                    "missing: shows index idx_shows_created_by (created_by)",
                    "missing: shows.created_by bigint"), retort.check());
            assertEquals(List.of(SHOWS, USERS), retort.downgrade("base"));
            assertEquals(List.of(USERS, SHOWS), retort.upgrade("75e8"));
            assertEquals(List.of(SHOWS), retort.downgrade(USERS));
            RetortException notApplied = assertThrows(RetortException.class, () -> retort.downgrade(SHOWS));
            assertEquals("migration " + SHOWS + " is not applied: there is nothing to downgrade to", notApplied.getMessage());
            assertThrows(RetortException.class, () -> retort.upgrade("+3"));

            retort.stamp("head");
            assertEquals(List.of(CREATED_BY), retort.current());
            retort.stamp(USERS);
            assertEquals(List.of(USERS), retort.current());
            List<HistoryEntry> history = retort.history();
            assertEquals(List.of(CREATED_BY, SHOWS, USERS), history.stream().map(HistoryEntry::id).toList());
            assertEquals(List.of(false, false, true), history.stream().map(HistoryEntry::isApplied).toList());
            assertEquals(List.of(true, false, false), history.stream().map(HistoryEntry::head).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anEditedMigrationIsRefusedButCurrentAndHistoryWork(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "checksum")) {
            Retort retort = retort(db);
            retort.upgrade(SHOWS);
            db.execute("UPDATE retort_history SET checksum = 'abc' WHERE id = '" + SHOWS + "'");
            RetortException refused = assertThrows(RetortException.class, () -> retort.upgrade("head"));
            assertTrue(refused.getMessage().startsWith("refused: migration " + SHOWS
                    + " (create shows, dev.retort.fixtures.shows.ShowsIndex$CreateShows) was applied with checksum abc"
                    + " but its operations now have checksum "), refused.getMessage());
            assertTrue(refused.getMessage().contains("write a new migration for the change; or, if the database already"
                    + " has the edited schema, run 'stamp " + SHOWS + "' to accept it"), refused.getMessage());
            assertThrows(RetortException.class, () -> retort.downgrade("-1"));
            assertEquals(List.of(SHOWS), retort.current());
            assertEquals(List.of(false, true, false), retort.history().stream().map(HistoryEntry::edited).toList());
            retort.stamp(SHOWS);
            assertEquals(List.of(CREATED_BY), retort.upgrade("head"));
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void offlineSqlBuildsTheSameSchemaAndHistory(Database database) throws Exception {
        try (TestDatabase online = TestDatabase.create(database, "online");
             TestDatabase offline = TestDatabase.create(database, "offline")) {
            retort(online).upgrade("head");
            String script = retort(offline).upgradeSql("base", "head");
            assertTrue(script.startsWith("-- Retort's history table\nCREATE TABLE retort_history ("), script);
            String begin = database == Database.POSTGRESQL ? "BEGIN;\n" : "";
            String commit = database == Database.POSTGRESQL ? "COMMIT;\n" : "";
            assertTrue(script.contains("-- Running upgrade <base> -> " + USERS + ", create users\n" + begin + "CREATE TABLE users"),
                    script);
            assertTrue(script.contains("INSERT INTO retort_history (id, revises, description, checksum, applied_at, applied_by,"
                    + " duration_ms) VALUES ('" + USERS + "',"), script);
            assertTrue(script.endsWith("', 0);\n" + commit + "\n"), script);
            assertTrue(script.contains("-- Running upgrade " + SHOWS + " -> " + CREATED_BY + ", add created_by on show\n"),
                    script);
            try (Connection connection = offline.connect(); Statement statement = connection.createStatement()) {
                for (String sql : script.split(";\n")) {
                    String body = sql.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                    if (!body.isEmpty()) {
                        statement.execute(body);
                    }
                }
            }
            assertEquals(retort(online).liveSchema(), retort(offline).liveSchema());
            assertEquals(List.of(CREATED_BY), retort(offline).current());
            assertEquals(List.of(), retort(offline).check());

            String down = retort(offline).downgradeSql("head", SHOWS);
            assertTrue(down.startsWith("-- Running downgrade " + CREATED_BY + " -> " + SHOWS + ", add created_by on show\n"),
                    down);
            assertTrue(down.endsWith("DELETE FROM retort_history WHERE id = '" + CREATED_BY + "';\n" + commit + "\n"), down);
        }
    }

    private static Retort retort(TestDatabase db) {
        return Retort.configure().url(db.url()).migrationsPackage("dev.retort.fixtures.shows").load();
    }
}
