package dev.retort.processor.robustness;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Runs javac in process with Retort's processor and annotation processing only ({@code -proc:only}),
 * reusing one file manager, so that a thousand compilations take seconds. Not thread-safe: one per thread.
 */
final class InProcessJavac implements AutoCloseable {

    /** One compilation's outcome: whether the processor ran, javac's diagnostics, and any escaped exception. */
    record Outcome(boolean processorRan, List<Diagnostic<? extends JavaFileObject>> diagnostics, Throwable escaped) {

        boolean hadErrors() {
            return diagnostics.stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
        }

        /** The diagnostics but javac's own warnings and notes (its lint), told from a processor's by their code. */
        List<Diagnostic<? extends JavaFileObject>> withoutJavacLint() {
            return diagnostics.stream().filter(d -> !javacLint(d.getCode())).toList();
        }

        private static boolean javacLint(String code) {
            return code != null && (code.startsWith("compiler.warn.") || code.startsWith("compiler.note."))
                    && !code.endsWith(".proc.messager");
        }
    }

    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final StandardJavaFileManager files;
    private final Path output;

    private final List<String> extraOptions;

    InProcessJavac() {
        this(List.of());
    }

    /** With these options besides the usual ones, e.g. {@code -Aretort.check.drift=off}. */
    InProcessJavac(List<String> extraOptions) {
        this.extraOptions = List.copyOf(extraOptions);
        try {
            files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
            output = Files.createTempDirectory("retort-mutants");
            Path classes = Files.createDirectories(output.resolve("classes"));
            Path generated = Files.createDirectories(output.resolve("generated"));
            List<File> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .map(File::new).toList();
            files.setLocation(StandardLocation.CLASS_PATH, classpath);
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
            files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(generated.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Outcome compile(Map<String, String> sources) {
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, text) -> units.add(new Source(name, text)));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        CountingProcessor processor = new CountingProcessor();
        List<String> options = new ArrayList<>(List.of("-proc:only", "-XDshould-stop.ifError=FLOW", "-implicit:none",
                "-Xmaxerrs", "10000", "-Aretort.skeletons=" + output.resolve("skeletons")));
        options.addAll(extraOptions);
        JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null, units);
        task.setProcessors(List.of(processor));
        Throwable escaped = null;
        try {
            task.call();
        } catch (RuntimeException | Error e) {
            escaped = e;
        }
        return new Outcome(processor.ran(), diagnostics.getDiagnostics(), escaped);
    }

    /** Closes the file manager and deletes the folder the compilations wrote to. */
    @Override
    public void close() throws IOException {
        files.close();
        try (java.util.stream.Stream<Path> walk = Files.walk(output)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String qualifiedName, String text) {
            super(URI.create("string:///" + qualifiedName.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
