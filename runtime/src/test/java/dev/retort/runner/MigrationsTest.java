package dev.retort.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.fixtures.shows.ShowsIndex;
import dev.retort.migration.IndexedMigration;
import dev.retort.migration.MigrationIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loading the indexes: the graph they make, or a message a user can act on. */
class MigrationsTest {

    /** The same three migrations under another package: two indexes on one class path. */
    static final class CopiedIndex implements MigrationIndex {
        @Override
        public List<IndexedMigration> migrations() {
            return new ShowsIndex().migrations();
        }

        @Override
        public String expectedSchemaResource() {
            return "none";
        }
    }

    @Test
    void twoIndexesOfOneHistoryAreNamedWithTheWayOut() {
        RetortException problem = assertThrows(RetortException.class,
                () -> Migrations.of(List.of(new ShowsIndex(), new CopiedIndex())));
        assertEquals("the migrations do not form one line of history: two migrations have the id "
                + ShowsIndex.USERS + "; two migrations have the id " + ShowsIndex.SHOWS
                + "; two migrations have the id " + ShowsIndex.CREATED_BY
                + " (the class path holds the migration indexes of dev.retort.fixtures.shows, dev.retort.runner:"
                + " choose one with migrationsPackage or --package)", problem.getMessage());
    }

    @Test
    void oneIndexLoadsInGraphOrder() {
        assertEquals(List.of(ShowsIndex.USERS, ShowsIndex.SHOWS, ShowsIndex.CREATED_BY),
                Migrations.of(List.of(new ShowsIndex())).order());
    }
}
