package dev.retort.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.fixtures.faults.FaultsIndex;
import dev.retort.sql.Database;
import dev.retort.testing.DatabaseState;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The history as a journal: a table made before it gains its column in place and is read as
 * before; a run left started whose database matches no point of its migration is refused, saying
 * that an earlier run was interrupted; a history with a gap is refused before anything changes.
 */
class JournalTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void aHistoryTableFromBeforeTheJournalIsReadAndGainsItsColumnInPlace(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "journal")) {
            retort(db).upgrade(FaultsIndex.ACCOUNTS);
            db.execute("ALTER TABLE retort_history DROP COLUMN state");
            assertEquals(List.of(FaultsIndex.ACCOUNTS), retort(db).current());
            assertEquals(List.of(FaultsIndex.KINDS), retort(db).upgrade("+1"));
            assertTrue(hasStateColumn(db));
            assertEquals(List.of(FaultsIndex.KINDS), retort(db).current());
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anInterruptedRunWhoseDatabaseMatchesNoPointIsRefusedSayingWhatToDo(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "journal")) {
            retort(db).upgrade(FaultsIndex.ACCOUNTS);
            db.execute("INSERT INTO retort_history (id, description, checksum, applied_at, applied_by, duration_ms, state)"
                    + " VALUES ('" + FaultsIndex.KINDS + "', 'many kinds', 'x', CURRENT_TIMESTAMP, 'ci', 0, 'upgrading')",
                    "CREATE TABLE stray (id INTEGER)");
            DatabaseState before = DatabaseState.of(retort(db), db);
            RetortException refused = assertThrows(RetortException.class, () -> retort(db).upgrade("head"));
            assertTrue(refused.getMessage().startsWith("refused: an earlier run was interrupted while upgrading to "
                    + FaultsIndex.KINDS + " (many kinds, started "), refused.getMessage());
            assertTrue(refused.getMessage().contains("the database matches no point of that migration (unexpected:"
                    + " table stray"), refused.getMessage());
            assertTrue(refused.getMessage().endsWith("Repair the schema by hand to " + FaultsIndex.KINDS + "'s and run"
                    + " 'stamp " + FaultsIndex.KINDS + "', or to " + FaultsIndex.ACCOUNTS + "'s and run 'stamp "
                    + FaultsIndex.ACCOUNTS + "'."), refused.getMessage());
            assertEquals("", DatabaseState.of(retort(db), db).differencesFrom(before));

            db.execute("DROP TABLE stray");
            retort(db).stamp(FaultsIndex.ACCOUNTS);
            assertEquals(List.of(FaultsIndex.KINDS), retort(db).upgrade("+1"));
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aHistoryWithAGapIsRefusedBeforeAnythingChanges(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "journal")) {
            retort(db).upgrade(FaultsIndex.PERMISSIONS);
            db.execute("DELETE FROM retort_history WHERE id = '" + FaultsIndex.KINDS + "'");
            DatabaseState before = DatabaseState.of(retort(db), db);
            RetortException refused = assertThrows(RetortException.class, () -> retort(db).upgrade("head"));
            assertEquals("refused: the history holds " + FaultsIndex.PERMISSIONS + " (add permissions) but not "
                    + FaultsIndex.KINDS + ", which it builds on: that row was deleted. If the database has "
                    + FaultsIndex.KINDS + "'s changes, run 'stamp " + FaultsIndex.PERMISSIONS + "' to write the row back;"
                    + " if not, repair the schema by hand first", refused.getMessage());
            assertEquals("", DatabaseState.of(retort(db), db).differencesFrom(before));

            retort(db).stamp(FaultsIndex.PERMISSIONS);
            assertEquals(List.of(FaultsIndex.DESTRUCTIVE), retort(db).upgrade("head"));
        }
    }

    private static boolean hasStateColumn(TestDatabase db) throws Exception {
        try (Connection connection = db.connect();
             ResultSet rs = connection.createStatement().executeQuery("SELECT state FROM retort_history")) {
            return rs.next();
        }
    }

    private static Retort retort(TestDatabase db) {
        return Retort.configure().url(db.url()).migrationsPackage(FaultSuiteTest.PACKAGE).load();
    }
}
