package dev.retort.showplanner.demo;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
 * The JDK's own {@code javac}, run on a folder of sources with Retort's processor on the processor
 * path, as a Maven build runs it: what it reports is what a user sees.
 */
public final class Javac {

    /** One diagnostic, as javac prints it. */
    public record Problem(Diagnostic.Kind kind, Path file, long line, String message) {

        /** {@code path/File.java:12: error: message}, with the path relative to {@code base}. */
        public String format(Path base) {
            String where = file == null ? "" : base.toAbsolutePath().relativize(file) + ":" + line + ": ";
            return where + label() + ": " + message;
        }

        private String label() {
            return switch (kind) {
                case ERROR -> "error";
                case WARNING, MANDATORY_WARNING -> "warning";
                default -> kind.name().toLowerCase(Locale.ROOT);
            };
        }
    }

    /** Whether the compilation succeeded, and every diagnostic, in javac's order. */
    public record Result(boolean success, List<Problem> problems) {

        public List<Problem> errors() {
            return problems.stream().filter(p -> p.kind() == Diagnostic.Kind.ERROR).toList();
        }
    }

    private final String classPath;
    private final List<String> processorOptions;

    /**
     * @param classPath the class path of the compiled code and of the processor (the JVM's own, in
     *     a test or in the demo)
     * @param processorOptions {@code -A} options, such as {@code -Aretort.naming=snake}
     */
    public Javac(String classPath, List<String> processorOptions) {
        this.classPath = classPath;
        this.processorOptions = List.copyOf(processorOptions);
    }

    /** Compiles every {@code .java} file under {@code sources} into {@code classes}. */
    public Result compile(Path sources, Path classes) {
        try {
            return compile(javaFiles(sources), classes, classPath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles only these files into {@code classes}, which is on the class path with what an earlier
     * build compiled there: what an IDE does with the files that changed.
     */
    public Result compileOnly(List<Path> files, Path classes) {
        return compile(files.stream().map(Path::toFile).toList(), classes, classes + File.pathSeparator + classPath);
    }

    private Result compile(List<File> javaFiles, Path classes, String compileClassPath) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("this Java runtime has no javac: run it with a JDK");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Files.createDirectories(classes);
            List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", compileClassPath,
                    "-processorpath", classPath, "-implicit:none", "-encoding", "UTF-8", "--release", "17"));
            options.addAll(processorOptions);
            StringWriter output = new StringWriter();
            boolean success = compiler.getTask(output, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromFiles(javaFiles)).call();
            List<Problem> problems = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                Path file = d.getSource() == null ? null : Path.of(d.getSource().toUri());
                problems.add(new Problem(d.getKind(), file, d.getLineNumber(), d.getMessage(Locale.ROOT)));
            }
            return new Result(success, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<File> javaFiles(Path sources) throws IOException {
        try (Stream<Path> walk = Files.walk(sources)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().map(Path::toFile).toList();
        }
    }
}
