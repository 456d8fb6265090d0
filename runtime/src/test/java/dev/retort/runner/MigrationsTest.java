package dev.retort.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.fixtures.shows.ShowsIndex;
import dev.retort.migration.Dsl;
import dev.retort.migration.IndexedMigration;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.Ops;
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
        String shows = "dev.retort.fixtures.shows.ShowsIndex$";
        assertEquals("the migrations do not form one line of history: migration id '" + ShowsIndex.USERS
                + "' is used by " + shows + "CreateUsers and " + shows + "CreateUsers: give each migration its own id;"
                + " migration id '" + ShowsIndex.SHOWS + "' is used by " + shows + "CreateShows and " + shows
                + "CreateShows: give each migration its own id; migration id '" + ShowsIndex.CREATED_BY
                + "' is used by " + shows + "AddCreatedBy and " + shows + "AddCreatedBy: give each migration its own id"
                + " (the class path holds the migration indexes of dev.retort.fixtures.shows, dev.retort.runner:"
                + " choose one with migrationsPackage or --package)", problem.getMessage());
    }

    @Test
    void oneIndexLoadsInGraphOrder() {
        assertEquals(List.of(ShowsIndex.USERS, ShowsIndex.SHOWS, ShowsIndex.CREATED_BY),
                Migrations.of(List.of(new ShowsIndex())).order());
    }

    /** A merge of two heads whose upgrade does nothing, and which keeps the default downgrade. */
    static final class MergeIndex implements MigrationIndex {
        @Override
        public List<IndexedMigration> migrations() {
            List<IndexedMigration> migrations = new java.util.ArrayList<>(new ShowsIndex().migrations());
            migrations.add(new IndexedMigration("tags", List.of(ShowsIndex.USERS), "tags", "Tags", "",
                    () -> new MigrationScript() {
                        @Override
                        public void upgrade(Ops op) {
                            op.createTable("tags", Dsl.column("id", Dsl.BIGINT).primaryKey());
                        }

                        @Override
                        public void downgrade(Ops op) {
                            op.dropTable("tags");
                        }
                    }));
            migrations.add(new IndexedMigration("merge", List.of(ShowsIndex.CREATED_BY, "tags"), "merge", "Merge", "",
                    () -> op -> { }));
            return migrations;
        }

        @Override
        public String expectedSchemaResource() {
            return "none";
        }
    }

    /** The merge index before its merge: two heads, one of the fixtures and "tags". */
    static final class TwoHeadsIndex implements MigrationIndex {
        @Override
        public List<IndexedMigration> migrations() {
            return new MergeIndex().migrations().stream().filter(m -> !m.id().equals("merge")).toList();
        }

        @Override
        public String expectedSchemaResource() {
            return "none";
        }
    }

    @Test
    void severalHeadsAskForTheMergeThatLoads() {
        RetortException problem = assertThrows(RetortException.class,
                () -> Migrations.of(List.of(new TwoHeadsIndex())));
        assertEquals("the migrations do not form one line of history: the migrations have several heads"
                + " (dev.retort.fixtures.shows.ShowsIndex$AddCreatedBy, Tags): create a merge migration with revises = {\""
                + ShowsIndex.CREATED_BY + "\", \"tags\"} and an empty upgrade (a merge that changes nothing needs no"
                + " downgrade)", problem.getMessage());
    }

    @Test
    void anEmptyMergeLoadsWithoutADowngrade() {
        Migrations migrations = Migrations.of(List.of(new MergeIndex()));
        assertEquals(List.of("merge"), migrations.heads());
        assertEquals(List.of(), migrations.get("merge").orElseThrow().downgrade());
    }
}
