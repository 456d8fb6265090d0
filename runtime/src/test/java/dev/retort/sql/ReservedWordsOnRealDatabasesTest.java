package dev.retort.sql;

import static dev.retort.migration.Dsl.INTEGER;
import static dev.retort.migration.Dsl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.migration.RecordingOps;
import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each database quotes the words it reserves, and only those: a column named by a word one database
 * reserves is quoted there and written plainly on the others, and the table is created on each.
 */
class ReservedWordsOnRealDatabasesTest {

    /** Each word is reserved in one database only. */
    private static final Map<String, Database> RESERVED_IN = Map.of(
            "qualify", Database.H2, "rownum", Database.H2,
            "freeze", Database.POSTGRESQL, "tablesample", Database.POSTGRESQL,
            "rlike", Database.MARIADB, "zerofill", Database.MARIADB);

    @ParameterizedTest
    @EnumSource(Database.class)
    void aWordReservedInOneDatabaseIsQuotedThereOnly(Database database) throws Exception {
        RecordingOps op = new RecordingOps();
        op.createTable("reserved_words", column("id", INTEGER).primaryKey(), column("qualify", INTEGER),
                column("rownum", INTEGER), column("freeze", INTEGER), column("tablesample", INTEGER),
                column("rlike", INTEGER), column("zerofill", INTEGER));
        Operation create = op.operations().get(0);
        try (TestDatabase db = TestDatabase.create(database, "reserved");
             Connection connection = db.connect()) {
            Dialect dialect = Dialect.of(database).on(connection);
            List<String> sql = dialect.render(create, Schema.EMPTY);
            String quote = database == Database.MARIADB ? "`" : "\"";
            RESERVED_IN.forEach((word, reservedIn) -> {
                boolean quoted = sql.get(0).contains(quote + word + quote);
                assertEquals(reservedIn == database, quoted, word + " in " + sql.get(0));
                assertEquals(reservedIn == database, database.type().reservedWords().contains(word), word);
            });
            try (Statement statement = connection.createStatement()) {
                for (String statementSql : sql) {
                    statement.execute(statementSql);
                }
            }
            Schema read = dialect.reader().read(connection);
            assertEquals(dialect.normalise(create.applyTo(Schema.EMPTY)), dialect.normalise(read));
            String unquoted = RESERVED_IN.entrySet().stream().filter(e -> e.getValue() == database).findFirst()
                    .orElseThrow().getKey();
            assertTrue(refusedUnquoted(connection, unquoted), unquoted + " is not reserved in " + database);
        }
    }

    /**
     * The MariaDB dialect also serves {@code jdbc:mysql:}: the words MySQL 8.0 reserves and MariaDB
     * does not are quoted too, and the quoted names are the same names on MariaDB.
     */
    @org.junit.jupiter.api.Test
    void theWordsOnlyMysqlReservesAreQuotedOnMariadbToo() throws Exception {
        RecordingOps op = new RecordingOps();
        op.createTable("mysql_words", column("id", INTEGER).primaryKey(), column("rank", INTEGER),
                column("database", INTEGER), column("schema", INTEGER), column("option", INTEGER));
        Operation create = op.operations().get(0);
        try (TestDatabase db = TestDatabase.create(Database.MARIADB, "mysqlwords");
             Connection connection = db.connect()) {
            Dialect dialect = Dialect.of(Database.MARIADB).on(connection);
            List<String> sql = dialect.render(create, Schema.EMPTY);
            for (String word : List.of("rank", "database", "schema", "option")) {
                assertTrue(sql.get(0).contains("`" + word + "`"), word + " in " + sql.get(0));
            }
            try (Statement statement = connection.createStatement()) {
                for (String statementSql : sql) {
                    statement.execute(statementSql);
                }
            }
            assertEquals(dialect.normalise(create.applyTo(Schema.EMPTY)), dialect.normalise(dialect.reader().read(connection)));
        }
    }

    private static boolean refusedUnquoted(Connection connection, String word) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE reserved_probe (" + word + " INTEGER)");
            return false;
        } catch (SQLException refused) {
            return true;
        }
    }
}
