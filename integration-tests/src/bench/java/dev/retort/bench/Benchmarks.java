package dev.retort.bench;

import dev.retort.sql.Database;
import java.net.URL;
import java.net.URLClassLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Retort's cost, measured beside its limit and its peers in one run: javac with and without the
 * processor (and with Hibernate's metamodel generator) on generated projects, and applying 1000
 * migrations on H2 with Retort, plain JDBC, Flyway and Liquibase. Run it with {@code bench/run.sh}.
 */
public final class Benchmarks {

    private static final String RETORT = "dev.retort.processor.RetortProcessor";
    private static final String NO_OP = NoOpProcessor.class.getName();
    private static final List<String> JPAMODELGEN = List.of("org.hibernate.processor.HibernateProcessor",
            "org.hibernate.jpamodelgen.JPAMetaModelEntityProcessor");

    /** Held here: java.util.logging keeps loggers weakly, and would forget the level. */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    private final Path work;
    private final TimedJavac javac;

    private Benchmarks(Path work) {
        this.work = work;
        this.javac = new TimedJavac(System.getProperty("java.class.path"));
    }

    /**
     * @param args the work folder, then the project sizes in entities (default 50 300), or {@code runtime}
     *             alone, or {@code rebuild} and one size (default 1200)
     */
    public static void main(String[] args) throws Exception {
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
        System.setProperty("liquibase.command.showSummary", "off");
        System.setProperty("liquibase.command.showSummaryOutput", "log");
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        if (args.length > 2 && args[1].equals("runner")) {
            runner(work, args[2]);
            return;
        }
        if (args.length > 1 && args[1].equals("runtime")) {
            new Benchmarks(work).runtime();
            return;
        }
        if (args.length > 1 && args[1].equals("heap")) {
            new Benchmarks(work).heapAlone(args.length > 2 ? Integer.parseInt(args[2]) : 1200);
            return;
        }
        if (args.length > 1 && args[1].equals("rebuild")) {
            new Benchmarks(work).rebuild(args.length > 2 ? Integer.parseInt(args[2]) : 1200);
            return;
        }
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        new Benchmarks(work).run(sizes.isEmpty() ? List.of(50, 300) : sizes);
    }

    private void run(List<Integer> sizes) throws Exception {
        print("Machine: %d cores, %d MiB max heap, %s %s", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));
        print("");
        print("Compile time: javac in a process of its own, median of 5 runs after a warm-up (3 above 500 entities,"
                + " 1 without warm-up above 2000), the variants in turn, milliseconds");
        print("%-16s %12s %12s %12s %8s %14s %8s %14s", "entities/migr.", "javac alone", "+ no-op proc.",
                "+ Retort", "ratio", "+ jpamodelgen", "ratio", "Retort's work");
        String jpamodelgen = JPAMODELGEN.stream().filter(Benchmarks::present).findFirst().orElse(null);
        double firstOwn = 0;
        double lastOwn = 0;
        int firstSize = 0;
        Path largest = null;
        List<ScalingPlot.Point> points = new ArrayList<>();
        for (int entities : sizes) {
            Path sources = work.resolve("project-" + entities);
            TimedJavac.clean(sources);
            int migrations = ProjectGenerator.write(sources, entities);
            Path classes = work.resolve("classes-" + entities);
            TimedJavac.Run check = javac.compile(sources, classes, List.of("-processor", RETORT));
            if (!check.errors().isEmpty()) {
                throw new IllegalStateException("the generated project does not compile cleanly: " + check.errors()
                        .subList(0, Math.min(5, check.errors().size())));
            }
            int warmups = entities > 2000 ? 0 : 1;
            int runs = entities > 2000 ? 1 : entities > 500 ? 3 : 5;
            List<java.util.function.LongSupplier> contenders = new ArrayList<>(List.of(
                    () -> javac.fork(sources, classes, List.of("-proc:none")).nanos(),
                    () -> javac.fork(sources, classes, List.of("-processor", NO_OP)).nanos(),
                    () -> javac.fork(sources, classes, List.of("-processor", RETORT)).nanos()));
            if (jpamodelgen != null) {
                contenders.add(() -> javac.fork(sources, classes, List.of("-processor", jpamodelgen)).nanos());
            }
            double[] medians = Median.interleaved(warmups, runs, contenders);
            double alone = medians[0];
            double floor = medians[1];
            double retort = medians[2];
            double peer = jpamodelgen == null ? Double.NaN : medians[3];
            double own = retort - floor;
            lastOwn = own;
            if (firstSize == 0) {
                firstSize = entities;
                firstOwn = own;
            }
            print("%-16s %12.0f %12.0f %12.0f %8.3f %14.0f %8.3f %14.0f", entities + "/" + migrations, alone, floor,
                    retort, retort / alone, peer, peer / alone, own);
            points.add(new ScalingPlot.Point(entities, migrations, alone, floor, retort, peer));
            if (entities <= 2000) {
                largest = sources;
            }
        }
        if (sizes.size() > 1) {
            int last = sizes.get(sizes.size() - 1);
            print("Growth of Retort's work (beyond the no-op processor) from %d to %d entities: x%.1f for x%.1f the size",
                    firstSize, last,
                    lastOwn / firstOwn, (double) last / firstSize);
        }
        if (points.size() > 1) {
            ScalingPlot.write(points, Path.of("bench"));
            print("The table and plot of these sizes: bench/scaling.md, bench/scaling.svg");
        }
        print("");
        oneFileRebuild(largest);
        print("");
        heap(largest);
        print("");
        runtime();
    }

    /** The one-file rebuild alone, of a project of this many entities generated for it. */
    private void rebuild(int entities) throws IOException {
        Path sources = work.resolve("project-" + entities);
        TimedJavac.clean(sources);
        ProjectGenerator.write(sources, entities);
        oneFileRebuild(sources);
    }

    private void print(String format, Object... values) {
        String line = String.format(Locale.ROOT, format, values);
        System.out.println(line);
        System.out.flush();
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Benchmarks.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * An IDE's rebuild of one changed entity of the largest project: javac on that file alone, with
     * the full build's classes on the class path, with and without Retort. Retort reads the rest of
     * the module from the class files; its findings must be the full build's (none).
     */
    private void oneFileRebuild(Path sources) throws IOException {
        Path classes = work.resolve("classes-rebuild");
        TimedJavac.Run full = javac.compile(sources, classes, List.of("-processor", RETORT));
        if (!full.errors().isEmpty()) {
            throw new IllegalStateException("the full build has errors: " + full.errors().get(0));
        }
        Path entity = sources.resolve(ProjectGenerator.MODEL).resolve("Entity1.java");
        Files.writeString(entity, Files.readString(entity) + "\n// edited\n");
        TimedJavac.Run check = javac.forkOnly(List.of(entity), classes, List.of("-processor", RETORT));
        if (!check.errors().isEmpty()) {
            throw new IllegalStateException("the one-file rebuild does not report what the full build reports"
                    + " (nothing): " + check.errors().get(0));
        }
        Path kept = TimedJavac.generatedBeside(classes).resolve("META-INF/retort/replay-results");
        if (!Files.exists(kept)) {
            throw new IllegalStateException("the one-file rebuild kept no replay results at " + kept);
        }
        LongSupplier replaying = () -> {
            try {
                Files.deleteIfExists(kept);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return javac.forkOnly(List.of(entity), classes, List.of("-processor", RETORT)).nanos();
        };
        double[] medians = Median.interleaved(1, 5, List.of(
                () -> javac.forkOnly(List.of(entity), classes, List.of("-proc:none")).nanos(),
                replaying,
                () -> javac.forkOnly(List.of(entity), classes, List.of("-processor", RETORT)).nanos()));
        print("One-file rebuild of %s (Entity1.java alone, the full build's classes on the class path): javac alone"
                + " %.0f ms; with Retort, the first after a full build (every migration read and replayed, the results"
                + " kept) %.0f ms, ratio %.2f; every later one (the kept results used) %.0f ms, ratio %.2f; findings"
                + " equal to the full build's (none)", sources.getFileName(), medians[0], medians[1],
                medians[1] / medians[0], medians[2], medians[2] / medians[0]);
        double[] cpu = Median.interleaved(3, 9, List.of(
                () -> javac.compileOnly(List.of(entity), classes, List.of("-proc:none")).nanos(),
                () -> javac.compileOnly(List.of(entity), classes, List.of("-processor", RETORT)).nanos()));
        print("The same later rebuild in this JVM, warm (CPU time of the compiling thread, median of 9 after 3"
                + " warm-ups): javac alone %.0f ms, with Retort %.0f ms, ratio %.2f", cpu[0], cpu[1], cpu[1] / cpu[0]);
    }

    /** The peak heap alone, of a project of this many entities generated for it. */
    private void heapAlone(int entities) throws IOException {
        Path sources = work.resolve("project-" + entities);
        TimedJavac.clean(sources);
        ProjectGenerator.write(sources, entities);
        heap(sources);
    }

    /**
     * Peak heap of one compilation of the largest project, with and without the processor, in turn
     * three times (medians): the pools' peaks, and the live heap (the largest heap left after the full
     * collections a sampler asks for every 50 ms: {@link HeapPeaks}).
     */
    private void heap(Path sources) {
        Path classes = work.resolve("classes-heap");
        List<HeapPeaks.Peak> alone = new ArrayList<>();
        List<HeapPeaks.Peak> retort = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            alone.add(HeapPeaks.of(() -> javac.compile(sources, classes, List.of("-proc:none"))));
            retort.add(HeapPeaks.of(() -> javac.compile(sources, classes, List.of("-processor", RETORT))));
        }
        long aloneUsed = (long) Median.of(alone.stream().mapToLong(HeapPeaks.Peak::used).toArray());
        long retortUsed = (long) Median.of(retort.stream().mapToLong(HeapPeaks.Peak::used).toArray());
        long aloneLive = (long) Median.of(alone.stream().mapToLong(HeapPeaks.Peak::live).toArray());
        long retortLive = (long) Median.of(retort.stream().mapToLong(HeapPeaks.Peak::live).toArray());
        print("Peak heap of one compilation of %s (medians of 3): javac alone %d MiB, with Retort %d MiB (Retort: +%d MiB);"
                + " live heap (largest after a full collection, sampled): alone %d MiB, with Retort %d MiB (Retort: +%d MiB)",
                sources.getFileName(), aloneUsed >> 20, retortUsed >> 20, (retortUsed - aloneUsed) >> 20,
                aloneLive >> 20, retortLive >> 20, (retortLive - aloneLive) >> 20);
    }


    private void runtime() throws Exception {
        int count = 1000;
        Path sources = work.resolve("ddl-sources");
        TimedJavac.clean(sources);
        DdlMigrations.write(sources, count);
        Path classes = work.resolve("ddl-classes");
        TimedJavac.Run compiled = javac.compile(sources, classes, List.of("-processor", RETORT));
        if (!compiled.errors().isEmpty()) {
            throw new IllegalStateException("the DDL migrations do not compile: " + compiled.errors().get(0));
        }
        print("Run time: %d migrations of 3 DDL statements (%d statements) on H2 in memory; each runner in a JVM of"
                + " its own, median of 7 runs after 3 warm-ups (milliseconds); plain JDBC and Retort in %d JVMs each,"
                + " in turn, the median of their medians", count, 3 * count, LIMIT_JVMS);
        // One JVM's median can sit high or low for the whole JVM (plain JDBC's gave 243 to 468 ms in one
        // evening's runs), so the ratio the goal is about is taken over several, in pairs.
        long[] jdbcs = new long[LIMIT_JVMS];
        long[] retorts = new long[LIMIT_JVMS];
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < LIMIT_JVMS; i++) {
            jdbcs[i] = Math.round(forked("jdbc") * 1000);
            retorts[i] = Math.round(forked("retort") * 1000);
            pairs.add(String.format(Locale.ROOT, "%.2f", (double) retorts[i] / jdbcs[i]));
        }
        double jdbc = Median.of(jdbcs) / 1000;
        double retort = Median.of(retorts) / 1000;
        double flyway = forked("flyway");
        double liquibase = forked("liquibase");
        print("%-22s %10s %12s", "runner", "ms", "vs JDBC");
        print("%-22s %10.0f %12.2f", "plain JDBC (limit)", jdbc, 1.0);
        print("%-22s %10.0f %12.2f   (in each pair of JVMs: %s)", "Retort", retort, retort / jdbc, String.join(", ", pairs));
        print("%-22s %10.0f %12.2f   (Flyway / Retort = %.1f)", "Flyway 11", flyway, flyway / jdbc, flyway / retort);
        print("%-22s %10.0f %12.2f   (Liquibase / Retort = %.1f)", "Liquibase 4", liquibase, liquibase / jdbc,
                liquibase / retort);
        jar(classes, work.resolve("ddl.jar"));
        double start = forked("start-at-head");
        double fromJar = forked("start-at-head-jar");
        double connect = forked("connect");
        print("Start at head (load the index, validate %d checksums, nothing to apply), beyond a connection of %.1f"
                + " ms: %.1f ms with the classes in a directory (%.1f in all), %.1f ms from a jar, as deployed"
                + " (%.1f in all)", count, connect, start - connect, start, fromJar - connect, fromJar);
        Path appSources = work.resolve("app-sources");
        TimedJavac.clean(appSources);
        int appMigrations = ProjectGenerator.write(appSources, AppAtHead.ENTITIES);
        TimedJavac.Run app = javac.compile(appSources, work.resolve("app-classes"), List.of("-processor", RETORT));
        if (!app.errors().isEmpty()) {
            throw new IllegalStateException("the generated project does not compile cleanly: " + app.errors().get(0));
        }
        double appStart = forked("start-at-head-app");
        print("Start at head of an application with its model (%d entities, %d migrations, the exported schema),"
                + " classes in a directory: %.1f ms beyond the connection (%.1f in all)", AppAtHead.ENTITIES, appMigrations,
                appStart - connect, appStart);
        servers();
    }

    /** The compiled migrations in a jar, made by the JDK's jar tool. */
    private static void jar(Path classes, Path jar) {
        java.util.spi.ToolProvider tool = java.util.spi.ToolProvider.findFirst("jar")
                .orElseThrow(() -> new IllegalStateException("this JDK has no jar tool"));
        if (tool.run(System.out, System.err, "--create", "--file", jar.toString(), "-C", classes.toString(), ".") != 0) {
            throw new IllegalStateException("the jar tool could not write " + jar);
        }
    }

    /** The JVMs plain JDBC and Retort each run in on H2, in turn. */
    private static final int LIMIT_JVMS = 3;

    /** The migrations applied on PostgreSQL and MariaDB, the first of them on each. */
    static final int SERVER_MIGRATIONS = 200;

    /** Retort and plain JDBC on the PostgreSQL and MariaDB servers; a server that cannot be reached is named and left out. */
    private void servers() throws IOException, InterruptedException {
        print("Run time on servers: the first %d migrations (%d statements) on a fresh schema (PostgreSQL) or"
                + " database (MariaDB); each runner in a JVM of its own, median of 5 runs after 1 warm-up (ms)",
                SERVER_MIGRATIONS, 3 * SERVER_MIGRATIONS);
        for (Database database : List.of(Database.POSTGRESQL, Database.MARIADB)) {
            String name = database.name().toLowerCase(Locale.ROOT);
            double jdbc;
            double retort;
            try {
                jdbc = forked("jdbc-" + name);
                retort = forked("retort-" + name);
            } catch (IllegalStateException e) {
                print("%-12s not measured: %s", database, e.getMessage().lines().findFirst().orElse(""));
                continue;
            }
            print("%-12s plain JDBC %8.0f   Retort %8.0f   Retort / JDBC %6.2f", database, jdbc, retort, retort / jdbc);
        }
    }

    /**
     * One runner measured in a JVM of its own, as JMH forks: runners measured in one JVM disturbed
     * each other (Retort right after plain JDBC ran three times slower than alone).
     */
    private double forked(String runner) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx1g",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                Benchmarks.class.getName(), work.toString(), "runner", runner)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(runner + " failed: " + output);
        }
        String[] lines = output.split("\\R");
        return Double.parseDouble(lines[lines.length - 1]);
    }

    /** In the forked JVM: one runner's median, alone on the last line of the output. */
    private static void runner(Path work, String runner) throws Exception {
        if (runner.equals("start-at-head-app")) {
            double median = AppAtHead.median(work.resolve("app-classes"));
            System.out.println();
            System.out.println(median);
            return;
        }
        Path migrations = work.resolve(runner.equals("start-at-head-jar") ? "ddl.jar" : "ddl-classes");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {migrations.toUri().toURL()},
                Benchmarks.class.getClassLoader())) {
            RuntimeBenchmark bench = RuntimeBenchmark.of(loader, work);
            java.util.function.LongSupplier measured = switch (runner) {
                case "jdbc" -> bench::jdbc;
                case "retort" -> bench::retort;
                case "flyway" -> bench::flyway;
                case "liquibase" -> bench::liquibase;
                case "jdbc-postgresql" -> () -> bench.jdbcOn(Database.POSTGRESQL, SERVER_MIGRATIONS);
                case "retort-postgresql" -> () -> bench.retortOn(Database.POSTGRESQL, SERVER_MIGRATIONS);
                case "jdbc-mariadb" -> () -> bench.jdbcOn(Database.MARIADB, SERVER_MIGRATIONS);
                case "retort-mariadb" -> () -> bench.retortOn(Database.MARIADB, SERVER_MIGRATIONS);
                default -> null;
            };
            double median;
            if (runner.startsWith("jdbc-") || runner.startsWith("retort-")) {
                median = Median.millis(1, 5, measured);
            } else if (measured != null) {
                median = Median.millis(3, 7, measured);
            } else {
                try (RuntimeBenchmark.AtHead database = bench.databaseAtHead()) {
                    median = runner.equals("connect") ? Median.millis(5, 11, () -> RuntimeBenchmark.connect(database))
                            : Median.millis(5, 11, () -> bench.startAtHead(database));
                }
            }
            System.out.println();
            System.out.println(median);
        }
    }
}
