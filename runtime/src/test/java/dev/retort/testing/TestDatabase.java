package dev.retort.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.sql.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own for one test class: an in-memory H2 database, a PostgreSQL schema or a
 * MariaDB database, created here and dropped on {@link #close}. PostgreSQL is expected at
 * 127.0.0.1:5432 (user postgres, database test), MariaDB at 127.0.0.1:3306 (user root). A test
 * against an unreachable server is skipped with a message, except with CI=true, where it fails; any
 * other error, in creating or in dropping, fails the test.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&connectTimeout=3";
    private static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=&connectTimeout=3000";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Database database;
    private final String name;
    private final String url;
    private final List<String> namespaces = new ArrayList<>();

    private TestDatabase(Database database, String name, String url) {
        this.database = database;
        this.name = name;
        this.url = url;
    }

    /** A fresh, empty database of this kind; skips (or, on CI, fails) when the server is unreachable. */
    public static TestDatabase create(Database database, String purpose) {
        String name = ("rt_" + purpose + "_" + COUNTER.incrementAndGet() + "_"
                + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        switch (database) {
            case H2:
                return new TestDatabase(database, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
            case POSTGRESQL:
                admin(database, PG_ADMIN, "CREATE SCHEMA " + name);
                return new TestDatabase(database, name,
                        "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + name);
            default:
                admin(database, MARIADB_ADMIN, "CREATE DATABASE " + name);
                return new TestDatabase(database, name, "jdbc:mariadb://127.0.0.1:3306/" + name + "?user=root&password=");
        }
    }

    /**
     * An H2 database served by an H2 TCP server at {@code serverUrl} (as {@code jdbc:h2:tcp://host:port}),
     * for a runner in another JVM to use and be killed in while the database lives on.
     */
    public static TestDatabase h2Server(String serverUrl, String purpose) {
        String name = ("rt_" + purpose + "_" + COUNTER.incrementAndGet()).toLowerCase(Locale.ROOT);
        return new TestDatabase(Database.H2, name, serverUrl + "/./" + name + ";LOCK_TIMEOUT=10000");
    }

    /** Runs admin SQL while creating: a server that cannot be reached skips (fails on CI); any other error fails. */
    private static void admin(Database database, String url, String sql) {
        try {
            run(url, sql);
        } catch (SQLException e) {
            if (!ConnectionFailure.is(e)) {
                fail(database + " refused `" + sql + "`: " + e.getMessage(), e);
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(database + " must be reachable when CI=true: " + e.getMessage(), e);
            }
            Assumptions.abort(database + " is not reachable (" + e.getMessage() + "): test skipped");
        }
    }

    private static void run(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * The name of another SQL schema (a database, on MariaDB) for this test to create, unique to it
     * and dropped with this database on {@link #close}.
     */
    public String namespace(String suffix) {
        String namespace = name + "_" + suffix;
        namespaces.add(namespace);
        return namespace;
    }

    public Database database() {
        return database;
    }

    public String url() {
        return url;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Runs SQL on a connection of its own. */
    public void execute(String... statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Drops what {@link #create} made; an error here is the test's failure, never a skip. */
    @Override
    public void close() throws SQLException {
        switch (database) {
            case H2:
                execute("SHUTDOWN");
                break;
            case POSTGRESQL:
                for (String namespace : namespaces) {
                    run(PG_ADMIN, "DROP SCHEMA IF EXISTS " + namespace + " CASCADE");
                }
                run(PG_ADMIN, "DROP SCHEMA " + name + " CASCADE");
                break;
            default:
                for (String namespace : namespaces) {
                    run(MARIADB_ADMIN, "DROP DATABASE IF EXISTS " + namespace);
                }
                run(MARIADB_ADMIN, "DROP DATABASE " + name);
        }
    }

    @Override
    public String toString() {
        return database + " " + name;
    }
}
