package dev.retort.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.migration.RecordingOps;
import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import dev.retort.sql.Database;
import dev.retort.sql.Dialect;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The values a dropped column or table held, kept aside where the drop cannot be rolled back (H2,
 * MariaDB, and PostgreSQL in a migration with an online index, which runs outside a transaction):
 * a failure after the drop puts them back, NOT NULL included; a run that ends well leaves no copy;
 * a table without a primary key cannot have its column's values matched back, and the message says so.
 */
class KeptValuesTest {

    private static Schema tables(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, email VARCHAR(40) NOT NULL, nick VARCHAR(20))",
                "CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(40) NOT NULL)",
                "CREATE TABLE loose (a INTEGER, b VARCHAR(10))",
                "INSERT INTO people (id, email, nick) VALUES (1, 'a@x.org', 'ann'), (2, 'b@x.org', NULL), (3, 'c@x.org', 'cy')",
                "INSERT INTO notes (id, body) VALUES (1, 'first'), (2, 'second')",
                "INSERT INTO loose (a, b) VALUES (1, 'one'), (2, 'two')");
        try (Connection connection = db.connect()) {
            return Dialect.of(db.database()).reader().read(connection, Set.of());
        }
    }

    /** The drops after an online index, so that PostgreSQL too runs them outside a transaction. */
    private static List<Operation> drops(String last) {
        RecordingOps op = new RecordingOps();
        op.createIndexOnline("idx_people_nick", "people", "nick");
        op.dropColumn("people", "email");
        op.dropTable("notes");
        op.execute(last);
        return op.operations();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFailureAfterTheDropsPutsTheValuesAndTheRowsBack(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "kept")) {
            Schema before = tables(db);
            List<String> rows = rows(db);
            Dialect dialect = Dialect.of(database);
            try (Connection connection = db.connect()) {
                new HistoryTable(dialect).createIfAbsent(connection);
                MigrationFailedException failure = assertThrows(MigrationFailedException.class, () -> runner(dialect)
                        .run(connection, run(drops("INSERT INTO nowhere VALUES (1)"), before), journal(dialect)));
                assertTrue(failure.getMessage().startsWith("migration m1 failed at operation 4 of 4"), failure.getMessage());
                assertTrue(failure.getMessage().endsWith("\nThe operations that ran were undone; the history is unchanged."
                        + "\nPut back from the copies kept before the drops: the rows of notes, the values of people.email."),
                        failure.getMessage());
                assertEquals(dialect.normalise(before), dialect.normalise(dialect.reader().read(connection,
                        Retort.OWN_TABLES)));
            }
            assertEquals(rows, rows(db));
            assertEquals(List.of(), keptTables(db));
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aRunThatEndsWellLeavesNoCopy(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "kept")) {
            Schema before = tables(db);
            Dialect dialect = Dialect.of(database);
            try (Connection connection = db.connect()) {
                new HistoryTable(dialect).createIfAbsent(connection);
                runner(dialect).run(connection, run(drops("UPDATE people SET nick = 'x'"), before), journal(dialect));
            }
            assertEquals(List.of(), keptTables(db));
            assertTrue(rows(db).contains("notes: gone"), rows(db).toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aColumnOfATableWithoutAPrimaryKeyIsNamedAsLostAndWhy(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "kept")) {
            Schema before = tables(db);
            RecordingOps op = new RecordingOps();
            op.createIndexOnline("idx_people_nick", "people", "nick");
            op.dropColumn("loose", "b");
            op.execute("INSERT INTO nowhere VALUES (1)");
            Dialect dialect = Dialect.of(database);
            try (Connection connection = db.connect()) {
                new HistoryTable(dialect).createIfAbsent(connection);
                MigrationFailedException failure = assertThrows(MigrationFailedException.class, () -> runner(dialect)
                        .run(connection, run(op.operations(), before), journal(dialect)));
                assertTrue(failure.getMessage().endsWith("\nWhat could not come back: the values of loose.b cannot come"
                        + " back (loose has no primary key to match them to their rows by, so they were not kept): the"
                        + " column is back with NULL in every row"), failure.getMessage());
            }
            assertEquals(List.of("loose: 1 null", "loose: 2 null"), rows(db).stream()
                    .filter(row -> row.startsWith("loose")).toList());
            assertEquals(List.of(), keptTables(db));
        }
    }

    /**
     * A dropped table with an identity column gets its rows back with their ids, and the identity goes
     * on after them: a new row does not take an id a restored row holds.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void aRestoredTablesIdentityGoesOnAfterItsRows(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "kept")) {
            Schema before = tables(db);
            Dialect dialect = Dialect.of(database);
            RecordingOps create = new RecordingOps();
            create.createTable("tickets", dev.retort.migration.Dsl.column("id", dev.retort.migration.Dsl.BIGINT)
                    .primaryKey().identity(), dev.retort.migration.Dsl.column("title",
                    dev.retort.migration.Dsl.varchar(20)).notNull());
            Operation createTickets = create.operations().get(0);
            try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
                for (String sql : dialect.render(createTickets, before)) {
                    statement.execute(sql);
                }
                statement.execute("INSERT INTO tickets (title) VALUES ('one')");
                statement.execute("INSERT INTO tickets (title) VALUES ('two')");
                statement.execute("INSERT INTO tickets (title) VALUES ('three')");
            }
            Schema withTickets = createTickets.applyTo(before);
            RecordingOps op = new RecordingOps();
            op.createIndexOnline("idx_people_nick", "people", "nick");
            op.dropTable("tickets");
            op.execute("INSERT INTO nowhere VALUES (1)");
            try (Connection connection = db.connect()) {
                new HistoryTable(dialect).createIfAbsent(connection);
                assertThrows(MigrationFailedException.class, () -> runner(dialect)
                        .run(connection, run(op.operations(), withTickets), journal(dialect)));
            }
            try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO tickets (title) VALUES ('four')");
                List<String> tickets = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT id, title FROM tickets ORDER BY id")) {
                    while (rs.next()) {
                        tickets.add(rs.getLong(1) + " " + rs.getString(2));
                    }
                }
                assertEquals(List.of("1 one", "2 two", "3 three", "4 four"), tickets);
            }
        }
    }

    private static List<String> rows(TestDatabase db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            for (String query : List.of("SELECT id, email, nick FROM people ORDER BY id",
                    "SELECT id, body FROM notes ORDER BY id", "SELECT a, b FROM loose ORDER BY a")) {
                String table = query.substring(query.indexOf("FROM ") + 5, query.indexOf(" ORDER"));
                try (ResultSet rs = statement.executeQuery(query)) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table).append(':');
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.append(' ').append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                } catch (java.sql.SQLException gone) {
                    rows.add(table + ": gone");
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                    }
                }
            }
        }
        return rows;
    }

    private static List<String> keptTables(TestDatabase db) throws Exception {
        List<String> kept = new ArrayList<>();
        try (Connection connection = db.connect(); ResultSet rs = connection.getMetaData().getTables(
                connection.getCatalog(), connection.getSchema(), "%", null)) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (KeptValues.isKept(name)) {
                    kept.add(name);
                }
            }
        }
        return kept;
    }

    private static StepRunner runner(Dialect dialect) {
        return new StepRunner(dialect, c -> KeptValues.withoutKept(dialect.reader().read(c, Retort.OWN_TABLES)));
    }

    private static MigrationRun run(List<Operation> operations, Schema before) {
        return MigrationRun.of("m1", operations, List.of(), before);
    }

    private static Journal journal(Dialect dialect) {
        return new Journal(new HistoryTable(dialect), new AppliedMigration("m1", List.of(), "kept", "0",
                HistoryTable.now(), "test", 0), Journal.Direction.UPGRADING);
    }
}
