package dev.retort.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The JDK's javac on a folder of sources, in a process of its own as a build runs it (timed, from
 * start to exit) or in this JVM (to read its heap): how long it took, and its errors.
 */
final class TimedJavac {

    /** One compilation: wall time, and the errors javac or a processor reported. */
    record Run(long nanos, List<String> errors) {}

    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final String classPath;

    TimedJavac(String classPath) {
        this.classPath = classPath;
    }

    /** {@code processing}: e.g. {@code -proc:none}, or {@code -processor} and a class name. */
    Run compile(Path sources, Path classes, List<String> processing) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = options(classes, processing);
            List<File> units = javaFiles(sources).stream().map(Path::toFile).toList();
            long start = System.nanoTime();
            javac.getTask(Writer.nullWriter(), files, diagnostics, options, null,
                    files.getJavaFileObjectsFromFiles(units)).call();
            long nanos = System.nanoTime() - start;
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).map(d -> d.getMessage(Locale.ROOT)).toList();
            return new Run(nanos, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** javac in a new process, as {@code mvn compile} or a shell runs it: JVM start and warm-up included. */
    Run fork(Path sources, Path classes, List<String> processing) {
        try {
            List<String> arguments = options(classes, processing);
            javaFiles(sources).forEach(p -> arguments.add(p.toString()));
            Path argumentFile = classes.resolveSibling(classes.getFileName() + ".args");
            Files.write(argumentFile, arguments.stream().map(TimedJavac::quoted).toList());
            Path javacBinary = Path.of(System.getProperty("java.home"), "bin", "javac");
            ProcessBuilder builder = new ProcessBuilder(javacBinary.toString(), "@" + argumentFile)
                    .redirectErrorStream(true);
            long start = System.nanoTime();
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            int exit = process.waitFor();
            long nanos = System.nanoTime() - start;
            return new Run(nanos, exit == 0 ? List.of() : List.of(output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * javac in a new process on these files only, into {@code classes}, which holds an earlier full
     * build and is on the class path: a one-file rebuild, as an IDE or Maven without incremental
     * compilation runs it.
     */
    Run forkOnly(List<Path> files, Path classes, List<String> processing) {
        try {
            List<String> arguments = onlyOptions(classes, processing);
            files.forEach(p -> arguments.add(p.toString()));
            Path argumentFile = classes.resolveSibling(classes.getFileName() + "-only.args");
            Files.write(argumentFile, arguments.stream().map(TimedJavac::quoted).toList());
            Path javacBinary = Path.of(System.getProperty("java.home"), "bin", "javac");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(javacBinary.toString(), "@" + argumentFile).redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            int exit = process.waitFor();
            return new Run(System.nanoTime() - start, exit == 0 && output.isBlank() ? List.of() : List.of(output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The same rebuild as {@link #forkOnly} in this JVM, warm: the CPU time of the compiling thread,
     * which other processes on a busy machine disturb less than the wall time.
     */
    Run compileOnly(List<Path> files, Path classes, List<String> processing) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = onlyOptions(classes, processing);
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            javac.getTask(Writer.nullWriter(), fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
            long nanos = threads.getCurrentThreadCpuTime() - start;
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
                    .map(d -> d.getMessage(Locale.ROOT)).toList();
            return new Run(nanos, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where a rebuild into {@code classes} writes generated sources ({@code -s}), as an IDE gives one
     * (Retort keeps the results of its replay there).
     */
    static Path generatedBeside(Path classes) {
        return classes.resolveSibling(classes.getFileName() + "-generated");
    }

    /** The options of a rebuild of some files into {@code classes}, which also is on the class path. */
    private List<String> onlyOptions(Path classes, List<String> processing) throws IOException {
        Path generated = Files.createDirectories(generatedBeside(classes));
        List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                classes + File.pathSeparator + classPath, "-processorpath", classPath, "--release", "17", "-nowarn",
                "-Xlint:none", "-implicit:none", "-s", generated.toString()));
        options.addAll(processing);
        return options;
    }

    /** The options of every compilation, into a class folder emptied first. */
    private List<String> options(Path classes, List<String> processing) throws IOException {
        clean(classes);
        Files.createDirectories(classes);
        List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classPath,
                "-processorpath", classPath, "--release", "17", "-nowarn", "-Xlint:none", "-s", classes.toString()));
        options.addAll(processing);
        return options;
    }

    private static List<Path> javaFiles(Path sources) throws IOException {
        try (Stream<Path> walk = Files.walk(sources)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static String quoted(String argument) {
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static void clean(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
