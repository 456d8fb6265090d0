package dev.retort.bench;

import dev.retort.operation.Operation;
import dev.retort.runner.LoadedMigration;
import dev.retort.runner.Retort;
import dev.retort.schema.Schema;
import dev.retort.sql.Database;
import dev.retort.sql.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applying the same migrations to H2 in memory: Retort, plain JDBC (the limit), Flyway and Liquibase;
 * and the start of an application already at head.
 */
final class RuntimeBenchmark {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final ClassLoader migrations;
    private final List<List<String>> statements;
    private final Path work;

    private RuntimeBenchmark(ClassLoader migrations, List<List<String>> statements, Path work) {
        this.migrations = migrations;
        this.statements = statements;
        this.work = work;
    }

    /** The migrations compiled (with Retort's processor) into {@code classes}. */
    static RuntimeBenchmark of(URLClassLoader migrations, Path work) {
        return new RuntimeBenchmark(migrations, statements(migrations, Database.H2), work);
    }

    /** The statements of each migration as Retort's dialect of a database renders them. */
    private static List<List<String>> statements(ClassLoader migrations, Database database) {
        Retort retort = Retort.configure().url(url()).migrationsPackage(DdlMigrations.PACKAGE).classLoader(migrations).load();
        List<List<String>> statements = new ArrayList<>();
        Dialect dialect = Dialect.of(database);
        Schema schema = Schema.EMPTY;
        for (LoadedMigration migration : retort.migrations().inOrder()) {
            List<String> sql = new ArrayList<>();
            for (Operation operation : migration.upgrade()) {
                sql.addAll(dialect.render(operation, schema));
                schema = operation.applyTo(schema);
            }
            statements.add(sql);
        }
        return statements;
    }

    /**
     * Retort on a server ({@code database} PostgreSQL or MariaDB): the first {@code count} migrations
     * on a fresh database, dropped after.
     */
    long retortOn(Database database, int count) {
        return timedOn(new Servers(database), url -> Retort.configure().url(url).migrationsPackage(DdlMigrations.PACKAGE)
                .classLoader(migrations).load().upgrade("+" + count));
    }

    /** Plain JDBC on a server: the same statements as {@link #retortOn}, as Retort's dialect renders them. */
    long jdbcOn(Database database, int count) {
        List<List<String>> rendered = statements(migrations, database).subList(0, count);
        return timedOn(new Servers(database), url -> {
            try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
                for (List<String> migration : rendered) {
                    for (String sql : migration) {
                        statement.execute(sql);
                    }
                }
            }
        });
    }

    /** How long the work takes on a new database, which is then dropped. */
    private static long timedOn(Servers servers, Run run) {
        String url = servers.create();
        long start = System.nanoTime();
        try {
            run.on(url);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        long nanos = System.nanoTime() - start;
        servers.drop(url);
        return nanos;
    }

    static String url() {
        return "jdbc:h2:mem:bench" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    }

    /** Work that applies the migrations to the database at a URL. */
    private interface Run {
        void on(String url) throws Exception;
    }

    /** How long the work takes on a new in-memory database, which is then dropped. */
    private static long timed(Run run) {
        return timedOn(new Servers(Database.H2), run);
    }

    long retort() {
        return timed(url -> Retort.configure().url(url).migrationsPackage(DdlMigrations.PACKAGE).classLoader(migrations)
                .load().upgrade("head"));
    }

    long jdbc() {
        return timed(url -> {
            try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
                for (List<String> migration : statements) {
                    for (String sql : migration) {
                        statement.execute(sql);
                    }
                }
            }
        });
    }

    long flyway() {
        Path folder = work.resolve("flyway");
        if (!Files.exists(folder)) {
            write(folder, i -> "V" + (i + 1) + "__table_t" + i + ".sql", i -> String.join(";\n", statements.get(i)) + ";\n");
        }
        return timed(url -> org.flywaydb.core.Flyway.configure().dataSource(url, "", "")
                .locations("filesystem:" + folder).load().migrate());
    }

    long liquibase() {
        Path folder = work.resolve("liquibase");
        if (!Files.exists(folder)) {
            StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n");
            for (int i = 0; i < statements.size(); i++) {
                changelog.append("\n--changeset bench:").append(i).append('\n');
                statements.get(i).forEach(sql -> changelog.append(sql).append(";\n"));
            }
            try {
                Files.createDirectories(folder);
                Files.writeString(folder.resolve("changelog.sql"), changelog);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return timed(url -> {
            try (Connection connection = DriverManager.getConnection(url)) {
                liquibase.database.Database database = liquibase.database.DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new liquibase.database.jvm.JdbcConnection(connection));
                try (liquibase.Liquibase run = new liquibase.Liquibase("changelog.sql",
                        new liquibase.resource.DirectoryResourceAccessor(folder), database)) {
                    // its progress goes to its logger (quiet here) instead of the console
                    liquibase.Scope.child(java.util.Map.of(liquibase.Scope.Attr.ui.name(),
                            new liquibase.ui.LoggerUIService()), () -> run.update(""));
                }
            }
        });
    }

    /** A database at head: an application's start (load, validate every checksum, nothing to apply). */
    record AtHead(String url) implements AutoCloseable {
        @Override
        public void close() {
            shutdown(url);
        }
    }

    AtHead databaseAtHead() {
        String url = url();
        Retort.configure().url(url).migrationsPackage(DdlMigrations.PACKAGE).classLoader(migrations).load().upgrade("head");
        return new AtHead(url);
    }

    long startAtHead(AtHead database) {
        long start = System.nanoTime();
        List<String> applied = Retort.configure().url(database.url()).migrationsPackage(DdlMigrations.PACKAGE).classLoader(migrations).load().upgrade("head");
        long nanos = System.nanoTime() - start;
        if (!applied.isEmpty()) {
            throw new IllegalStateException("the database was not at head");
        }
        return nanos;
    }

    static long connect(AtHead database) {
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(database.url())) {
            connection.isValid(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - start;
    }

    private static void shutdown(String url) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(Path folder, java.util.function.IntFunction<String> name,
                       java.util.function.IntFunction<String> content) {
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < statements.size(); i++) {
                Files.writeString(folder.resolve(name.apply(i)), content.apply(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
