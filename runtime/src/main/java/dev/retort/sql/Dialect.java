package dev.retort.sql;

import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import dev.retort.schema.SqlType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How one database spells Retort's operations. {@link #render} is exact: the statements make the
 * database do what {@link Operation#applyTo} does to the schema, up to {@link #normalise}.
 */
public interface Dialect {

    Database database();

    /** The statements for one operation; {@code before} is the schema the operation applies to. */
    List<String> render(Operation operation, Schema before);

    /**
     * The statements that undo the first {@code ran} statements of {@link #render}'s for an operation
     * whose next statement failed, last first: on a database where DDL commits at once, a failed
     * operation of several statements leaves nothing half-done. None when {@code ran} is 0.
     */
    List<String> undoPartial(Operation operation, Schema before, int ran);

    /**
     * The statements that remove what this operation, failing part-way, may have left behind: on
     * PostgreSQL an index built {@code CONCURRENTLY} is left INVALID, and the safe {@code SET NOT NULL}
     * leaves its check. Run outside a transaction, before the inverses of the operations that ran.
     */
    List<String> cleanupAfterFailure(Operation operation, Schema before);

    /**
     * What makes an identity column go on after {@code next - 1} once rows were put into its table with
     * their own values (a dropped table's rows put back): H2 and PostgreSQL keep counting where they
     * were, MariaDB's {@code AUTO_INCREMENT} moves past explicit values by itself.
     */
    default List<String> identityAfterRows(String table, String column, long next) {
        return List.of();
    }

    /**
     * Whether this operation runs only outside a transaction, so that a migration holding it runs with
     * each statement committed on its own, undone by the inverses of what ran when one fails.
     */
    default boolean outsideTransaction(Operation operation) {
        return false;
    }

    /** The identifier, validated and folded, quoted only where it is a reserved word. */
    String quote(String identifier);

    /** The column type as this database declares it. */
    String type(SqlType type);

    /** A string literal, escaped as this database reads it. */
    String literal(String text);

    /** Whether DDL runs inside a transaction that can be rolled back (PostgreSQL), or commits at once. */
    boolean transactionalDdl();

    /**
     * The schema as this database can hold it: what a schema read back from the database is
     * compared with. The identity on H2; see each dialect for what it folds together.
     */
    Schema normalise(Schema schema);

    /**
     * This dialect for statements run on this connection: it knows the connection's own schema, which
     * a foreign key from a table in another schema names on H2 and MariaDB.
     */
    Dialect on(Connection connection) throws SQLException;

    /**
     * Sets the connection up to migrate: a value that does not fit a column is an error, never cut
     * short or replaced (MariaDB's strict {@code sql_mode}), and a statement waits at most
     * {@code ddlLockTimeout} for a table's lock ({@code lock_timeout} on PostgreSQL,
     * {@code lock_wait_timeout} and {@code innodb_lock_wait_timeout} on MariaDB; zero leaves the
     * database's own). Closing the session puts the settings back.
     */
    MigrationSession prepare(Connection connection, Duration ddlLockTimeout) throws SQLException;

    /** Whether this error is a statement that gave up waiting for a lock another session holds. */
    boolean isLockTimeout(SQLException error);

    /**
     * The other sessions with a transaction open on this database, one line each (who, since when,
     * what they last ran): what a statement that timed out waiting for a lock may have waited for.
     */
    List<String> openTransactions(Connection connection) throws SQLException;

    /** Reads a live schema of this database. */
    SchemaReader reader();

    static Dialect of(Database database) {
        return database.type().dialect();
    }

    /** The dialect for a JDBC URL, e.g. {@code jdbc:postgresql://host/db}. */
    static Dialect forUrl(String url) {
        return of(Database.forUrl(url));
    }

    static Dialect forConnection(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        for (Database database : Database.values()) {
            if (database.type().isProduct(product)) {
                return of(database);
            }
        }
        throw new SQLException("Retort supports " + Database.listed(Arrays.stream(Database.values())
                .map(d -> d.type().displayName()).toList()) + ", not " + product);
    }
}
