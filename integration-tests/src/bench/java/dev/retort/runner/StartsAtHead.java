package dev.retort.runner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Starts at head in the bench's own layout (one class loader over the migrations for every start, as
 * {@code bench/run.sh runtime} has it): the index load and the upgrade with nothing to do, wall and
 * this thread's CPU, medians of the second half. After {@code bench/run.sh runtime}:
 * <pre>
 * java -cp "integration-tests/target/classes:$(cat integration-tests/target/bench.classpath)" \
 *     dev.retort.runner.StartsAtHead integration-tests/target/bench/ddl-classes 40
 * </pre>
 */
public class StartsAtHead {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        URL classes = Path.of(args[0]).toUri().toURL();
        int rounds = Integer.parseInt(args[1]);
        String url = "jdbc:h2:mem:startsathead;DB_CLOSE_DELAY=-1";
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes}, StartsAtHead.class.getClassLoader())) {
            Retort.configure().url(url).migrationsPackage("ddl.migrations").classLoader(loader).load().upgrade("head");
            long[][] times = new long[4][rounds];
            for (int i = 0; i < rounds; i++) {
                long wall = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                Retort retort = Retort.configure().url(url).migrationsPackage("ddl.migrations").classLoader(loader).load();
                long loadedWall = System.nanoTime();
                long loadedCpu = THREADS.getCurrentThreadCpuTime();
                if (!retort.upgrade("head").isEmpty()) {
                    throw new IllegalStateException("the database was not at head");
                }
                times[0][i] = loadedWall - wall;
                times[1][i] = loadedCpu - cpu;
                times[2][i] = System.nanoTime() - loadedWall;
                times[3][i] = THREADS.getCurrentThreadCpuTime() - loadedCpu;
            }
            String[] names = {"load, wall", "load, CPU", "upgrade, wall", "upgrade, CPU"};
            for (int k = 0; k < names.length; k++) {
                long[] last = Arrays.copyOfRange(times[k], rounds / 2, rounds);
                Arrays.sort(last);
                System.out.printf("%-14s median %6.1f ms  min %6.1f  max %6.1f%n", names[k], last[last.length / 2] / 1e6,
                        last[0] / 1e6, last[last.length - 1] / 1e6);
            }
        }
    }
}
