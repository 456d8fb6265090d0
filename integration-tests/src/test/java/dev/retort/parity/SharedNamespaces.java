package dev.retort.parity;

import dev.retort.sql.Database;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * The SQL schemas an entity set names ({@code @Table(schema = "Inventory")}) are the server's, not
 * one test's: on the PostgreSQL and MariaDB servers that several builds share, a set that names
 * them runs under a lock of the server's, from a clean slate, and drops them after.
 */
final class SharedNamespaces implements AutoCloseable {

    private static final String LOCK = "retort_parity_namespaces";

    private final Connection connection;
    private final Database database;
    private final Set<String> namespaces;

    private SharedNamespaces(Connection connection, Database database, Set<String> namespaces) {
        this.connection = connection;
        this.database = database;
        this.namespaces = namespaces;
    }

    /** Holds the lock (none is needed on H2, whose databases are the test's own) and drops what a crashed run left. */
    static SharedNamespaces hold(TestDatabase database, Set<String> namespaces) throws SQLException {
        if (database.database() == Database.H2 || namespaces.isEmpty()) {
            return new SharedNamespaces(null, database.database(), namespaces);
        }
        Connection connection = database.connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute(database.database() == Database.POSTGRESQL
                    ? "SELECT pg_advisory_lock(hashtext('" + LOCK + "'))" : "SELECT GET_LOCK('" + LOCK + "', 600)");
        }
        SharedNamespaces held = new SharedNamespaces(connection, database.database(), namespaces);
        held.drop();
        return held;
    }

    private void drop() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String namespace : namespaces) {
                statement.execute(database == Database.POSTGRESQL ? "DROP SCHEMA IF EXISTS " + namespace + " CASCADE"
                        : "DROP DATABASE IF EXISTS " + namespace);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (connection == null) {
            return;
        }
        try (connection) {
            drop();
        }
    }
}
