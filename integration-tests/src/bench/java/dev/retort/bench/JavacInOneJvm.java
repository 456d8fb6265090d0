package dev.retort.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One of the bench's javac argument files compiled several times in this JVM, for a profiler: a
 * cold javac gives JFR too few samples, and here javac's classes warm after the first run while a
 * processor's are loaded anew by each compilation, as in a build. After {@code bench/run.sh}:
 * <pre>
 * java -Xmx3g -XX:StartFlightRecording=filename=javac.jfr,settings=profile \
 *     -cp "integration-tests/target/classes:$(cat integration-tests/target/bench.classpath)" \
 *     dev.retort.bench.JavacInOneJvm integration-tests/target/bench/classes-300.args 6
 * </pre>
 * (run from the project's root: the argument files name paths relative to it).
 */
public class JavacInOneJvm {
    public static void main(String[] args) throws Exception {
        List<String> options = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) {
                continue;
            }
            String argument = unquoted(line);
            (argument.endsWith(".java") ? files : options).add(argument);
        }
        int runs = Integer.parseInt(args[1]);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                boolean compiled = javac.getTask(null, fileManager, null, options, null,
                        fileManager.getJavaFileObjectsFromStrings(files)).call();
                System.out.printf("run %d: %s, wall %d ms, CPU %d ms%n", i + 1, compiled ? "compiled" : "errors",
                        (System.nanoTime() - wall) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
            }
        }
    }

    /** An argument as {@code TimedJavac} writes it: in double quotes, with backslash and quote escaped. */
    private static String unquoted(String line) {
        StringBuilder argument = new StringBuilder();
        for (int i = 1; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            argument.append(c == '\\' ? line.charAt(++i) : c);
        }
        return argument.toString();
    }
}
