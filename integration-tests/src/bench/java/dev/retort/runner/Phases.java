package dev.retort.runner;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The parts of a start at head, in CPU time of this thread (steadier than wall time on a shared
 * machine): in one JVM, the bench's migrations applied once, then each part many times, each with a
 * fresh class loader over them; medians of the second half. In package {@code dev.retort.runner} to
 * time package-private parts. After {@code bench/run.sh runtime} has compiled the migrations:
 * <pre>
 * java -cp "integration-tests/target/classes:$(cat integration-tests/target/bench.classpath)" \
 *     dev.retort.runner.Phases integration-tests/target/bench/ddl-classes 60 all
 * </pre>
 * ({@code all} adds the index load and the upgrade at head to the class-file lookups.) {@link Variants}
 * (the upgrade on H2 in parts; a third argument names the variants, comma separated) and
 * {@link Upgrades} take the same first two.
 */
public class Phases {
    public static void main(String[] args) throws Exception {
        URL classes = Path.of(args[0]).toUri().toURL();
        int rounds = Integer.parseInt(args[1]);
        String url = "jdbc:h2:mem:phases;DB_CLOSE_DELAY=-1";
        ClassLoader parent = Phases.class.getClassLoader();
        try (URLClassLoader first = new URLClassLoader(new URL[] {classes}, parent)) {
            Retort.configure().url(url).migrationsPackage("ddl.migrations").classLoader(first).load().upgrade("head");
        }
        if (args.length > 2) { report("load (index, graph)", rounds, () -> {
            URLClassLoader loader = new URLClassLoader(new URL[] {classes}, parent);
            long t = cpu();
            Retort.configure().url(url).migrationsPackage("ddl.migrations").classLoader(loader).load();
            return cpu() - t;
        });
        report("upgrade at head", rounds, () -> {
            URLClassLoader loader = new URLClassLoader(new URL[] {classes}, parent);
            Retort retort = Retort.configure().url(url).migrationsPackage("ddl.migrations").classLoader(loader).load();
            long t = cpu();
            if (!retort.upgrade("head").isEmpty()) throw new IllegalStateException();
            return cpu() - t;
        });
        }
        report("class hashes of 1000", rounds, () -> {
            URLClassLoader loader = new URLClassLoader(new URL[] {classes}, parent);
            Migrations m = Migrations.load(loader, i -> i.packageName().equals("ddl.migrations"));
            long t = cpu();
            for (String id : m.order()) m.familyMembers(java.util.List.of(id)).get(id).orElseThrow();
            return cpu() - t;
        });
        report("getResourceAsStream of 1000", rounds, () -> {
            URLClassLoader loader = new URLClassLoader(new URL[] {classes}, parent);
            long t = cpu();
            for (int i = 0; i < 1000; i++) {
                try (var in = loader.getResourceAsStream("ddl/migrations/M" + i + ".class")) { in.readAllBytes(); }
                catch (java.io.IOException e) { throw new RuntimeException(e); }
            }
            return cpu() - t;
        });
        report("getResource only of 1000", rounds, () -> {
            URLClassLoader loader = new URLClassLoader(new URL[] {classes}, parent);
            long t = cpu();
            for (int i = 0; i < 1000; i++) {
                if (loader.getResource("ddl/migrations/M" + i + ".class") == null) throw new IllegalStateException();
            }
            return cpu() - t;
        });
        report("getResource + nio read", rounds, () -> {
            URLClassLoader loader = new URLClassLoader(new URL[] {classes}, parent);
            long t = cpu();
            for (int i = 0; i < 1000; i++) {
                try { java.nio.file.Files.readAllBytes(Path.of(loader.getResource("ddl/migrations/M" + i + ".class").toURI())); }
                catch (Exception e) { throw new RuntimeException(e); }
            }
            return cpu() - t;
        });
        report("nio read beside", rounds, () -> {
            long t = cpu();
            for (int i = 0; i < 1000; i++) {
                try { java.nio.file.Files.readAllBytes(Path.of(args[0], "ddl/migrations/M" + i + ".class")); }
                catch (Exception e) { throw new RuntimeException(e); }
            }
            return cpu() - t;
        });
        report("findResource of 1000", rounds, () -> {
            URLClassLoader loader = new URLClassLoader(new URL[] {classes}, parent);
            long t = cpu();
            for (int i = 0; i < 1000; i++) {
                try (var in = loader.findResource("ddl/migrations/M" + i + ".class").openStream()) { in.readAllBytes(); }
                catch (java.io.IOException e) { throw new RuntimeException(e); }
            }
            return cpu() - t;
        });
    }

    static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    static long cpu() { return THREADS.getCurrentThreadCpuTime(); }

    static void report(String what, int rounds, LongSupplier run) {
        long[] t = new long[rounds];
        for (int i = 0; i < rounds; i++) t[i] = run.getAsLong();
        long[] last = Arrays.copyOfRange(t, rounds / 2, rounds);
        Arrays.sort(last);
        System.out.printf("%-30s median %6.1f ms  min %6.1f ms%n", what, last[last.length / 2] / 1e6, last[0] / 1e6);
    }
}
