package dev.retort.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.fixtures.keyed.KeyedIndex;
import dev.retort.fixtures.shows.ShowsIndex;
import dev.retort.schema.Schema;
import dev.retort.sql.Database;
import dev.retort.testing.FaultyConnections;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An operation that takes more than one statement on a database where DDL commits at once: a
 * failure of its last statement leaves nothing of it behind, so "undone" is true and the next run works.
 */
class MultiStatementOperationTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFailedDropForeignKeyLeavesTheKeyAndTheNextDowngradeWorks(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "multi")) {
            FaultyConnections refusing = FaultyConnections.counting(db.url());
            retort(refusing).upgrade("head");
            Schema before = retort(refusing).liveSchema();
            // The statement that drops the key's index: MariaDB's second statement of dropForeignKey, when it had two.
            refusing.refuse(sql -> sql.contains("DROP INDEX IF EXISTS") || sql.contains("DROP CONSTRAINT fk_shows"));
            MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                    () -> retort(refusing).downgrade("-1"));
            assertTrue(failure.getMessage().startsWith("migration " + ShowsIndex.CREATED_BY + " failed at operation 1"
                    + " of 3 (dropForeignKey fk_shows_created_by on shows)"), failure.getMessage());
            assertTrue(failure.getMessage().endsWith("The operations that ran were "
                    + (database == Database.POSTGRESQL ? "rolled back" : "undone") + "; the history is unchanged."),
                    failure.getMessage());
            assertEquals(before, retort(refusing).liveSchema());
            assertEquals(List.of(ShowsIndex.CREATED_BY), retort(refusing).current());

            refusing.refuse(sql -> false);
            assertEquals(List.of(ShowsIndex.CREATED_BY), retort(refusing).downgrade("-1"));
            assertEquals(List.of(), retort(refusing).checkRevision());
        }
    }

    /** H2 drops the keys that use an index around it and makes them again: a failure at any of the three is undone. */
    @ParameterizedTest
    @ValueSource(strings = {"DROP INDEX", "ADD CONSTRAINT fk_children_parent"})
    void aFailedDropIndexOnH2LeavesTheKeysAndTheIndex(String refusedStatement) throws Exception {
        try (TestDatabase db = TestDatabase.create(Database.H2, "dropindex")) {
            FaultyConnections refusing = FaultyConnections.counting(db.url());
            Retort retort = keyed(refusing);
            retort.upgrade(KeyedIndex.TABLES);
            Schema before = retort.liveSchema();
            refusing.refuseOnce(sql -> sql.startsWith("ALTER TABLE children " + refusedStatement)
                    || sql.startsWith(refusedStatement));
            MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                    () -> keyed(refusing).upgrade("head"));
            assertTrue(failure.getMessage().startsWith("migration " + KeyedIndex.DROP_INDEX + " failed at operation 1"
                    + " of 1 (dropIndex idx_children_parent on children)\n  statement: "), failure.getMessage());
            assertTrue(failure.getMessage().endsWith("\nThe operations that ran were undone; the history is"
                    + " unchanged."), failure.getMessage());
            assertEquals(before, keyed(refusing).liveSchema());

            refusing.refuse(sql -> false);
            assertEquals(List.of(KeyedIndex.DROP_INDEX), keyed(refusing).upgrade("head"));
            assertEquals(List.of(), keyed(refusing).checkRevision());
        }
    }

    private static Retort keyed(FaultyConnections refusing) {
        return Retort.configure().dataSource(refusing.dataSource()).migrationsPackage("dev.retort.fixtures.keyed").load();
    }

    private static Retort retort(FaultyConnections refusing) {
        return Retort.configure().dataSource(refusing.dataSource()).migrationsPackage("dev.retort.fixtures.shows").load();
    }
}
