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
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A migration that fails because the database has something already (a table of the name it
 * creates, a column it adds, an index it names) is undone as far as it ran, and what was there
 * before it stays, rows and values and all: the undo of an operation the database refused is not run
 * against what someone else made.
 */
class WhatTheDatabaseHadTest {

    static final String ACCOUNTS = "c1000000000c";
    static final String CONFLICT = "c2000000000c";

    static final class CreateAccounts implements MigrationScript {
        @Override public void upgrade(Ops op) {
            op.createTable("accounts", column("id", INTEGER).primaryKey());
        }
        @Override public void downgrade(Ops op) {
            op.dropTable("accounts");
        }
    }

    /** Creates a table of its own, then what the database has already; undone last first. */
    static final class FreshThen implements MigrationScript {
        private final Had had;

        FreshThen(Had had) {
            this.had = had;
        }

        @Override public void upgrade(Ops op) {
            op.createTable("fresh", column("id", INTEGER).primaryKey());
            had.conflict(op);
        }
        @Override public void downgrade(Ops op) {
            had.undo(op);
            op.dropTable("fresh");
        }
    }

    /** What the database has before the migration runs, and what must be there, unchanged, after. */
    enum Had {
        TABLE("createTable legacy", "unexpected: table legacy (code varchar(10))") {
            @Override void conflict(Ops op) {
                op.createTable("legacy", column("id", BIGINT).primaryKey(), column("name", varchar(40)));
            }
            @Override void undo(Ops op) {
                op.dropTable("legacy");
            }
            @Override void make(TestDatabase db) throws Exception {
                db.execute("CREATE TABLE legacy (code VARCHAR(10))", "INSERT INTO legacy (code) VALUES ('kept')");
            }
            @Override String kept(TestDatabase db) throws Exception {
                return value(db, "SELECT code FROM legacy");
            }
        },
        COLUMN("addColumn accounts.note", "unexpected: accounts.note varchar(10)") {
            @Override void conflict(Ops op) {
                op.addColumn("accounts", column("note", varchar(40)));
            }
            @Override void undo(Ops op) {
                op.dropColumn("accounts", "note");
            }
            @Override void make(TestDatabase db) throws Exception {
                db.execute("ALTER TABLE accounts ADD COLUMN note VARCHAR(10)", "INSERT INTO accounts (id, note) VALUES (1, 'kept')");
            }
            @Override String kept(TestDatabase db) throws Exception {
                return value(db, "SELECT note FROM accounts WHERE id = 1");
            }
        },
        INDEX("createIndex idx_accounts_id on accounts", "unexpected: accounts index idx_accounts_id (id)") {
            @Override void conflict(Ops op) {
                op.createIndex("idx_accounts_id", "accounts", "id");
            }
            @Override void undo(Ops op) {
                op.dropIndex("idx_accounts_id", "accounts");
            }
            @Override void make(TestDatabase db) throws Exception {
                db.execute("CREATE INDEX idx_accounts_id ON accounts (id)");
            }
            @Override String kept(TestDatabase db) throws Exception {
                try (Connection connection = db.connect();
                     ResultSet rs = connection.getMetaData().getIndexInfo(connection.getCatalog(), connection.getSchema(),
                             db.database() == Database.H2 ? "ACCOUNTS" : "accounts", false, false)) {
                    while (rs.next()) {
                        if ("idx_accounts_id".equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                            return "kept";
                        }
                    }
                    return "gone";
                }
            }
        };

        final String operation;
        final String difference;

        Had(String operation, String difference) {
            this.operation = operation;
            this.difference = difference;
        }

        /** The operation that meets what the database has. */
        abstract void conflict(Ops op);

        abstract void undo(Ops op);

        abstract void make(TestDatabase db) throws Exception;

        abstract String kept(TestDatabase db) throws Exception;
    }

    private static Retort retort(TestDatabase db, Had had) {
        MigrationIndex index = new MigrationIndex() {
            @Override
            public List<IndexedMigration> migrations() {
                return List.of(Indexes.entry(ACCOUNTS, null, "create accounts", CreateAccounts::new),
                        Indexes.entry(CONFLICT, ACCOUNTS, "create fresh, then what the database has", () -> new FreshThen(had)));
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
    @EnumSource(Had.class)
    void onH2(Had had) throws Exception {
        whatWasThereStays(Database.H2, had);
    }

    @ParameterizedTest
    @EnumSource(Had.class)
    void onPostgresql(Had had) throws Exception {
        whatWasThereStays(Database.POSTGRESQL, had);
    }

    @ParameterizedTest
    @EnumSource(Had.class)
    void onMariadb(Had had) throws Exception {
        whatWasThereStays(Database.MARIADB, had);
    }

    private static void whatWasThereStays(Database database, Had had) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "had")) {
            assertEquals(List.of(ACCOUNTS), retort(db, had).upgrade("+1"));
            had.make(db);
            Retort retort = retort(db, had);

            MigrationFailedException failed = assertThrows(MigrationFailedException.class, () -> retort.upgrade("head"));

            assertEquals("migration " + CONFLICT + " failed at operation 2 of 2 (" + had.operation + ")",
                    failed.getMessage().lines().findFirst().orElseThrow());
            String outcome = database == Database.POSTGRESQL
                    ? "The operations that ran were rolled back; the history is unchanged."
                    : "The operations that ran were undone; the history is unchanged.\n"
                            + "Left as it was, since the migration did not make it: " + had.difference + ".";
            assertTrue(failed.getMessage().endsWith("\n" + outcome), failed.getMessage());
            assertEquals("kept", had.kept(db));
            assertEquals(List.of(ACCOUNTS), retort.current());
            assertEquals(had == Had.TABLE ? List.of("accounts", "legacy") : List.of("accounts"), tables(db));
        }
    }

    private static String value(TestDatabase db, String query) throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The tables of the database's schema besides Retort's own, in lower case, sorted. */
    private static List<String> tables(TestDatabase db) throws Exception {
        try (Connection connection = db.connect();
             ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                     new String[] {"TABLE"})) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.startsWith("retort_")) {
                    tables.add(name);
                }
            }
            tables.sort(null);
            return tables;
        }
    }
}
