package dev.retort.runner;

import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import dev.retort.sql.Database;
import dev.retort.sql.Dialect;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Retort's upgrade of the bench's migrations and plain JDBC in turn in one JVM: each run's wall and CPU ms. */
public class Upgrades {
    static int db;
    public static void main(String[] args) throws Exception {
        URL classes = Path.of(args[0]).toUri().toURL();
        int rounds = Integer.parseInt(args[1]);
        URLClassLoader loader = new URLClassLoader(new URL[] {classes}, Upgrades.class.getClassLoader());
        Retort r0 = Retort.configure().url(url()).migrationsPackage("ddl.migrations").classLoader(loader).load();
        List<List<String>> statements = new ArrayList<>();
        Dialect dialect = Dialect.of(Database.H2);
        Schema schema = Schema.EMPTY;
        for (LoadedMigration m : r0.migrations().inOrder()) {
            List<String> sql = new ArrayList<>();
            for (Operation op : m.upgrade()) { sql.addAll(dialect.render(op, schema)); schema = op.applyTo(schema); }
            statements.add(sql);
        }
        jdk.jfr.Recording recording = System.getProperty("jfr") == null ? null
                : new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        long[][] t = new long[4][rounds];
        for (int i = 0; i < rounds; i++) {
            if (i == rounds / 2 && recording != null) recording.start();
            String u = url();
            long w = System.nanoTime(), c = Phases.cpu();
            try (Connection connection = DriverManager.getConnection(u); Statement s = connection.createStatement()) {
                for (List<String> m : statements) for (String sql : m) s.execute(sql);
            }
            t[0][i] = System.nanoTime() - w; t[1][i] = Phases.cpu() - c;
            shutdown(u);
            u = url();
            w = System.nanoTime(); c = Phases.cpu();
            Retort.configure().url(u).migrationsPackage("ddl.migrations").classLoader(loader).load().upgrade("head");
            t[2][i] = System.nanoTime() - w; t[3][i] = Phases.cpu() - c;
            shutdown(u);
        }
        if (recording != null) { recording.stop(); recording.dump(Path.of(System.getProperty("jfr"))); }
        String[] names = {"jdbc wall", "jdbc cpu", "retort wall", "retort cpu"};
        for (int k = 0; k < 4; k++) {
            long[] last = Arrays.copyOfRange(t[k], rounds / 2, rounds);
            long[] sorted = last.clone(); Arrays.sort(sorted);
            StringBuilder all = new StringBuilder();
            for (long x : last) all.append(x / 1_000_000).append(' ');
            System.out.printf("%-12s median %6.0f ms  [%s]%n", names[k], sorted[sorted.length / 2] / 1e6, all);
        }
    }
    static String url() { return "jdbc:h2:mem:up" + (++db) + ";DB_CLOSE_DELAY=-1"; }
    static void shutdown(String u) throws Exception {
        try (Connection c = DriverManager.getConnection(u); Statement s = c.createStatement()) { s.execute("SHUTDOWN"); }
    }
}
