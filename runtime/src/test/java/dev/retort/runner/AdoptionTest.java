package dev.retort.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.fixtures.shows.ShowsIndex;
import dev.retort.sql.Database;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Adopting a database Retort did not make: its tables are there, {@code retort_history} is not
 * (made here by migrating and dropping the history, so the schema is exactly the migrations').
 */
class AdoptionTest {

    /** What the last migration adds: what a database stamped one revision too early has in excess. */
    private static final List<String> CREATED_BY_DIFFERENCES = List.of(
            "unexpected: shows foreign key fk_shows_created_by (created_by) references users (id)",
            "unexpected: shows index idx_shows_created_by (created_by)", "unexpected: shows.created_by bigint");

    @ParameterizedTest
    @EnumSource(Database.class)
    void stampCreatesTheHistoryAndCheckRevisionComparesTheStampedSchema(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "adopt")) {
            existingDatabase(db);
            retort(db).stamp(ShowsIndex.SHOWS);
            assertEquals(List.of(ShowsIndex.SHOWS), retort(db).current());
            assertEquals(CREATED_BY_DIFFERENCES, retort(db).checkRevision());

            retort(db).stamp("head");
            assertEquals(List.of(ShowsIndex.CREATED_BY), retort(db).current());
            assertEquals(List.of(), retort(db).checkRevision());
            assertEquals(List.of(), retort(db).upgrade("head"));
            assertEquals(List.of(ShowsIndex.CREATED_BY), retort(db).downgrade("-1"));
            assertEquals(List.of(), retort(db).checkRevision());
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void baselineStampsOnlyAnUnmanagedDatabaseWithTheSchemaOfTheRevision(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "baseline")) {
            assertFalse(retort(db).baseline(ShowsIndex.SHOWS), "an empty database is migrated, not adopted");
            existingDatabase(db);
            RetortException refused = assertThrows(RetortException.class, () -> retort(db).baseline(ShowsIndex.SHOWS));
            assertEquals("refused to adopt the database at " + ShowsIndex.SHOWS + ": it has tables but no retort_history,"
                    + " and its schema is not the one the migrations give at " + ShowsIndex.SHOWS + " (3 difference(s): "
                    + String.join("; ", CREATED_BY_DIFFERENCES) + "). Choose the revision it is at, or make it match; 'stamp'"
                    + " records a revision without comparing.", refused.getMessage());
            assertEquals(List.of(), retort(db).current());

            assertTrue(retort(db).baseline(ShowsIndex.CREATED_BY));
            assertEquals(List.of(ShowsIndex.CREATED_BY), retort(db).current());
            assertFalse(retort(db).baseline(ShowsIndex.SHOWS), "a database Retort keeps is left as it is");
            assertEquals(List.of(ShowsIndex.CREATED_BY), retort(db).current());
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anUpgradeRefusedOnAnUnmanagedDatabaseLeavesItAdoptable(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "refused_then_baseline")) {
            existingDatabase(db);
            assertThrows(MigrationFailedException.class, () -> retort(db).upgrade("head"));
            assertTrue(retort(db).baseline(ShowsIndex.CREATED_BY), "the empty history the refusal left is no history");
            assertEquals(List.of(ShowsIndex.CREATED_BY), retort(db).current());
        }
    }

    private static void existingDatabase(TestDatabase db) throws Exception {
        retort(db).upgrade("head");
        db.execute("DROP TABLE retort_history");
    }

    private static Retort retort(TestDatabase db) {
        return Retort.configure().url(db.url()).migrationsPackage("dev.retort.fixtures.shows").load();
    }
}
