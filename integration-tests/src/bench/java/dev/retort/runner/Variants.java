package dev.retort.runner;

import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import dev.retort.sql.Database;
import dev.retort.sql.Dialect;
import dev.retort.sql.Lock;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which part of Retort's upgrade costs what on H2: variants in turn on fresh databases, CPU and wall ms. */
public class Variants {
    static int db;
    static List<List<String>> statements = new ArrayList<>();
    static List<LoadedMigration> migrations;
    static URLClassLoader loader;

    interface Run { void on(String url) throws Exception; }

    public static void main(String[] args) throws Exception {
        loader = new URLClassLoader(new URL[] {Path.of(args[0]).toUri().toURL()}, Variants.class.getClassLoader());
        int rounds = Integer.parseInt(args[1]);
        Retort r0 = Retort.configure().url(url()).migrationsPackage("ddl.migrations").classLoader(loader).load();
        migrations = r0.migrations().inOrder();
        Dialect dialect = Dialect.of(Database.H2);
        Schema schema = Schema.EMPTY;
        for (LoadedMigration m : migrations) {
            List<String> sql = new ArrayList<>();
            for (Operation op : m.upgrade()) { sql.addAll(dialect.render(op, schema)); schema = op.applyTo(schema); }
            statements.add(sql);
        }
        Map<String, Run> variants = new LinkedHashMap<>();
        variants.put("jdbc", u -> jdbc(u, false, false));
        variants.put("jdbc+lock session", u -> jdbc(u, true, false));
        variants.put("jdbc+history rows", u -> jdbc(u, false, true));
        variants.put("jdbc+history prepared once", u -> {
            try (Connection connection = DriverManager.getConnection(u); Statement s = connection.createStatement()) {
                for (String sql : new HistoryTable(Dialect.of(Database.H2)).createStatements()) s.execute(sql);
                try (PreparedStatement ins = connection.prepareStatement("INSERT INTO retort_history (id, revises, description,"
                        + " checksum, applied_at, applied_by, duration_ms, state) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, ?, 0, 'upgrading')");
                     PreparedStatement upd = connection.prepareStatement("UPDATE retort_history SET state = NULL WHERE id = ?")) {
                    for (int m = 0; m < statements.size(); m++) {
                        ins.setString(1, migrations.get(m).id()); ins.setString(2, null); ins.setString(3, "d");
                        ins.setString(4, migrations.get(m).checksum()); ins.setString(5, "me"); ins.executeUpdate();
                        for (String sql : statements.get(m)) s.execute(sql);
                        upd.setString(1, migrations.get(m).id()); upd.executeUpdate();
                    }
                }
            }
        });
        variants.put("jdbc+history after all DDL", u -> {
            try (Connection connection = DriverManager.getConnection(u); Statement s = connection.createStatement()) {
                for (String sql : new HistoryTable(Dialect.of(Database.H2)).createStatements()) s.execute(sql);
                for (List<String> m : statements) for (String sql : m) s.execute(sql);
                for (int m = 0; m < statements.size(); m++) {
                    try (PreparedStatement p = connection.prepareStatement("INSERT INTO retort_history (id, revises, description,"
                            + " checksum, applied_at, applied_by, duration_ms, state) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, ?, 0, 'upgrading')")) {
                        p.setString(1, migrations.get(m).id()); p.setString(2, null); p.setString(3, "d");
                        p.setString(4, migrations.get(m).checksum()); p.setString(5, "me"); p.executeUpdate();
                    }
                    try (PreparedStatement p = connection.prepareStatement("UPDATE retort_history SET state = NULL WHERE id = ?")) {
                        p.setString(1, migrations.get(m).id()); p.executeUpdate();
                    }
                }
            }
        });
        variants.put("jdbc+history literal", u -> {
            try (Connection connection = DriverManager.getConnection(u); Statement s = connection.createStatement()) {
                for (String sql : new HistoryTable(Dialect.of(Database.H2)).createStatements()) s.execute(sql);
                for (int m = 0; m < statements.size(); m++) {
                    s.execute("INSERT INTO retort_history (id, revises, description, checksum, applied_at, applied_by, duration_ms, state)"
                            + " VALUES ('" + migrations.get(m).id() + "', NULL, 'd', '" + migrations.get(m).checksum()
                            + "', CURRENT_TIMESTAMP, 'me', 0, 'upgrading')");
                    for (String sql : statements.get(m)) s.execute(sql);
                    s.execute("UPDATE retort_history SET state = NULL WHERE id = '" + migrations.get(m).id() + "'");
                }
            }
        });
        variants.put("jdbc+history fused", u -> {
            try (Connection connection = DriverManager.getConnection(u); Statement s = connection.createStatement()) {
                for (String sql : new HistoryTable(Dialect.of(Database.H2)).createStatements()) s.execute(sql);
                String values = "(?, ?, ?, ?, CURRENT_TIMESTAMP, ?, 0, ?)";
                String columns = " (id, revises, description, checksum, applied_at, applied_by, duration_ms, state) ";
                for (int m = 0; m < statements.size(); m++) {
                    if (m == 0) {
                        try (PreparedStatement p = connection.prepareStatement("INSERT INTO retort_history" + columns + "VALUES " + values)) {
                            p.setString(1, migrations.get(m).id()); p.setString(2, null); p.setString(3, "d");
                            p.setString(4, migrations.get(m).checksum()); p.setString(5, "me"); p.setString(6, "upgrading"); p.executeUpdate();
                        }
                    }
                    for (String sql : statements.get(m)) s.execute(sql);
                    if (m + 1 < statements.size()) {
                        try (PreparedStatement p = connection.prepareStatement("MERGE INTO retort_history" + columns + "KEY (id) VALUES "
                                + values + ", " + values)) {
                            p.setString(1, migrations.get(m).id()); p.setString(2, null); p.setString(3, "d");
                            p.setString(4, migrations.get(m).checksum()); p.setString(5, "me"); p.setString(6, null);
                            p.setString(7, migrations.get(m + 1).id()); p.setString(8, null); p.setString(9, "d");
                            p.setString(10, migrations.get(m + 1).checksum()); p.setString(11, "me"); p.setString(12, "upgrading");
                            p.executeUpdate();
                        }
                    } else {
                        try (PreparedStatement p = connection.prepareStatement("UPDATE retort_history SET state = NULL WHERE id = ?")) {
                            p.setString(1, migrations.get(m).id()); p.executeUpdate();
                        }
                    }
                }
            }
        });
        variants.put("retort", u -> Retort.configure().url(u).migrationsPackage("ddl.migrations").classLoader(loader).load().upgrade("head"));
        variants.put("replay+render only", u -> {
            Dialect d = Dialect.forUrl(u);
            Schema sc = Schema.EMPTY;
            for (LoadedMigration m : migrations) {
                MigrationRun run = MigrationRun.of(m.id(), m.upgrade(), m.downgrade(), sc);
                for (int i = 0; i < run.size(); i++) d.render(run.operations().get(i), run.points().at(i));
                sc = run.points().last();
            }
        });
        variants.put("steprunner without lock", u -> steps(u, false));
        variants.put("steprunner+lock session", u -> steps(u, true));
        List<String> only = args.length > 2 ? List.of(args[2].split(",")) : List.copyOf(variants.keySet());
        Map<String, long[][]> t = new LinkedHashMap<>();
        for (String k : only) t.put(k, new long[2][rounds]);
        for (int i = 0; i < rounds; i++) {
            for (String k : only) {
                String u = url();
                long w = System.nanoTime(), c = Phases.cpu();
                variants.get(k).on(u);
                t.get(k)[0][i] = System.nanoTime() - w; t.get(k)[1][i] = Phases.cpu() - c;
                try (Connection cn = DriverManager.getConnection(u); Statement s = cn.createStatement()) { s.execute("SHUTDOWN"); }
            }
        }
        for (String k : only) {
            System.out.printf("%-26s cpu %5.0f ms  wall %5.0f ms   wall runs %s%n", k, median(t.get(k)[1], rounds),
                    median(t.get(k)[0], rounds), list(t.get(k)[0], rounds));
        }
    }

    static void jdbc(String u, boolean lock, boolean history) throws Exception {
        Lock held = lock ? Database.H2.type().lock(DriverManager.getConnection(u)) : null;
        if (held != null) held.acquire(Duration.ofSeconds(5));
        try (Connection connection = DriverManager.getConnection(u); Statement s = connection.createStatement()) {
            if (history) {
                for (String sql : new HistoryTable(Dialect.of(Database.H2)).createStatements()) s.execute(sql);
            }
            for (int m = 0; m < statements.size(); m++) {
                if (history) {
                    try (PreparedStatement p = connection.prepareStatement("INSERT INTO retort_history (id, revises, description,"
                            + " checksum, applied_at, applied_by, duration_ms, state) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, ?, 0, 'upgrading')")) {
                        p.setString(1, migrations.get(m).id()); p.setString(2, null); p.setString(3, "d");
                        p.setString(4, migrations.get(m).checksum()); p.setString(5, "me"); p.executeUpdate();
                    }
                }
                for (String sql : statements.get(m)) s.execute(sql);
                if (history) {
                    try (PreparedStatement p = connection.prepareStatement("UPDATE retort_history SET state = NULL WHERE id = ?")) {
                        p.setString(1, migrations.get(m).id()); p.executeUpdate();
                    }
                }
            }
        } finally {
            if (held != null) held.close();
        }
    }

    static void steps(String u, boolean lock) throws Exception {
        Lock held = lock ? Database.H2.type().lock(DriverManager.getConnection(u)) : null;
        if (held != null) held.acquire(Duration.ofSeconds(5));
        Dialect dialect = Dialect.forUrl(u);
        try (Connection connection = DriverManager.getConnection(u)) {
            HistoryTable history = new HistoryTable(dialect);
            history.createIfAbsent(connection);
            StepRunner runner = new StepRunner(dialect, c -> { throw new IllegalStateException("no live read expected"); });
            Schema schema = Schema.EMPTY;
            for (LoadedMigration m : migrations) {
                schema = runner.run(connection, MigrationRun.of(m.id(), m.upgrade(), m.downgrade(), schema),
                        new Journal(history, new AppliedMigration(m.id(), m.revises(), m.description(), m.checksum(),
                                HistoryTable.now(), "me", 0), Journal.Direction.UPGRADING));
            }
        } finally {
            if (held != null) held.close();
        }
    }

    static double median(long[] t, int rounds) {
        long[] last = Arrays.copyOfRange(t, rounds / 2, rounds); Arrays.sort(last); return last[last.length / 2] / 1e6;
    }
    static String list(long[] t, int rounds) {
        StringBuilder b = new StringBuilder();
        for (int i = rounds / 2; i < rounds; i++) b.append(t[i] / 1_000_000).append(' ');
        return b.toString();
    }
    static String url() { return "jdbc:h2:mem:var" + (++db) + ";DB_CLOSE_DELAY=-1"; }
}
