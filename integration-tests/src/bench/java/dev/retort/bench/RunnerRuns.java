package dev.retort.bench;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Every run of one runner in this JVM, in milliseconds on one line, not a median: to see how a JVM's
 * runs move (warm-up, or the bimodality looked for on H2). Run it in several JVMs, after
 * {@code bench/run.sh runtime}:
 * <pre>
 * for i in 1 2 3; do for r in jdbc retort; do java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
 *     -cp "integration-tests/target/classes:$(cat integration-tests/target/bench.classpath)" \
 *     dev.retort.bench.RunnerRuns integration-tests/target/bench $r 10; done; done
 * </pre>
 */
public class RunnerRuns {
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int runs = Integer.parseInt(args[2]);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.resolve("ddl-classes").toUri().toURL()},
                RunnerRuns.class.getClassLoader())) {
            RuntimeBenchmark bench = RuntimeBenchmark.of(loader, work);
            LongSupplier runner = switch (args[1]) {
                case "jdbc" -> bench::jdbc;
                case "retort" -> bench::retort;
                default -> throw new IllegalArgumentException("jdbc or retort, not " + args[1]);
            };
            StringBuilder line = new StringBuilder(args[1]);
            for (int i = 0; i < runs; i++) {
                line.append(' ').append(runner.getAsLong() / 1_000_000);
            }
            System.out.println(line);
        }
    }
}
