package dev.retort.runner;

import static dev.retort.migration.Dsl.BIGINT;
import static dev.retort.migration.Dsl.INTEGER;
import static dev.retort.migration.Dsl.column;
import static dev.retort.migration.Dsl.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.migration.IndexedMigration;
import dev.retort.migration.MigrationIndex;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.Ops;
import dev.retort.sql.Database;
import dev.retort.testing.Indexes;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A migration that fails because the database has something already (a table of the name it
 * creates) is undone as far as it ran, and what was there before it stays, rows and all: the
 * undo of an operation the database refused is not run against someone else's table.
 */
class WhatTheDatabaseHadTest {

    static final String ID = "c3000000000c";

    /** Creates a table of its own, then one whose name the database has already. */
    static final class CreatesTwo implements MigrationScript {
        @Override public void upgrade(Ops op) {
            op.createTable("fresh", column("id", INTEGER).primaryKey());
            op.createTable("legacy", column("id", BIGINT).primaryKey(), column("name", varchar(40)));
        }
        @Override public void downgrade(Ops op) {
            op.dropTable("legacy");
            op.dropTable("fresh");
        }
    }

    private static Retort retort(TestDatabase db) {
        MigrationIndex index = new MigrationIndex() {
            @Override
            public List<IndexedMigration> migrations() {
                return List.of(Indexes.entry(ID, null, "create fresh and legacy", CreatesTwo::new));
            }

            @Override
            public String expectedSchemaResource() {
                return "none";
            }
        };
        return new Retort(() -> DriverManager.getConnection(db.url()), db.url(), Migrations.of(List.of(index)),
                Duration.ofSeconds(10), Duration.ofSeconds(10), "test", false);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aTableThatWasThereBeforeKeepsItsRowsAndTheHistoryIsUnchanged(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "had")) {
            db.execute("CREATE TABLE legacy (code VARCHAR(10))", "INSERT INTO legacy (code) VALUES ('kept')");
            Retort retort = retort(db);

            MigrationFailedException failed = assertThrows(MigrationFailedException.class, () -> retort.upgrade("head"));

            assertEquals("migration " + ID + " failed at operation 2 of 2 (createTable legacy)",
                    failed.getMessage().lines().findFirst().orElseThrow());
            String outcome = database == Database.POSTGRESQL
                    ? "The operations that ran were rolled back; the history is unchanged."
                    : "The operations that ran were undone; the history is unchanged.\n"
                            + "Left as it was, since the migration did not make it: unexpected: table legacy (code varchar(10)).";
            assertTrue(failed.getMessage().endsWith("\n" + outcome), failed.getMessage());
            assertEquals(List.of("kept"), codes(db));
            assertEquals(List.of(), retort.current());
            assertEquals(List.of("legacy"), tables(db));
        }
    }

    private static List<String> codes(TestDatabase db) throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT code FROM legacy")) {
            List<String> codes = new ArrayList<>();
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
            return codes;
        }
    }

    /** The tables of the database's schema besides Retort's history, in lower case. */
    private static List<String> tables(TestDatabase db) throws Exception {
        try (Connection connection = db.connect();
             ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                     new String[] {"TABLE"})) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
                if (!name.startsWith("retort_")) {
                    tables.add(name);
                }
            }
            return tables;
        }
    }
}
