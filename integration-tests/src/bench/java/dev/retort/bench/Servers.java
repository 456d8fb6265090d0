package dev.retort.bench;

import dev.retort.sql.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh, empty database of one kind for each run, dropped after it: H2 in memory, a schema of the
 * PostgreSQL server at 127.0.0.1:5432 (user postgres, database test), a database of the MariaDB
 * server at 127.0.0.1:3306 (user root, no password).
 */
record Servers(Database kind) {

    private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** Creates a database and gives its URL. */
    String create() {
        String name = "bench_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        return switch (kind) {
            case H2 -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            case POSTGRESQL -> {
                run(PG_ADMIN, "CREATE SCHEMA " + name);
                yield "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + name;
            }
            case MARIADB -> {
                run(MARIADB_ADMIN, "CREATE DATABASE " + name);
                yield "jdbc:mariadb://127.0.0.1:3306/" + name + "?user=root&password=";
            }
        };
    }

    /** Drops the database at a URL {@link #create} gave. */
    void drop(String url) {
        switch (kind) {
            case H2 -> run(url, "SHUTDOWN");
            case POSTGRESQL -> run(PG_ADMIN, "DROP SCHEMA " + url.substring(url.indexOf("currentSchema=") + 14) + " CASCADE");
            case MARIADB -> run(MARIADB_ADMIN, "DROP DATABASE " + url.substring(url.lastIndexOf('/') + 1, url.indexOf('?')));
        }
    }

    private static void run(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
