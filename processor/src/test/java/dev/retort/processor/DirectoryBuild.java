package dev.retort.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.processor.expect.Reported;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A module in folders, compiled by the JDK's javac with Retort's processor the ways a user's build
 * compiles it: every source into a clean class output (a full build), or only some sources with the
 * class output of the earlier build on the class path (an IDE, or Maven without incremental
 * compilation).
 */
final class DirectoryBuild {

    private static final Pattern AT = Pattern.compile(" \\(at ([^:()]+):(\\d+)\\)");

    /**
     * A diagnostic as it reads in a full build, column aside (the record of a build keeps lines only): one
     * about a class javac read from its class file has no position (javac names the file it compiled
     * last, at no line) and names its source and line in its text, where a full build has them as the
     * diagnostic's own.
     */
    static Reported normalized(Reported reported) {
        Matcher at = AT.matcher(reported.message());
        if (reported.line() > 0 || !at.find()) {
            return new Reported(reported.kind(), reported.file(), reported.line(), -1, reported.message());
        }
        return new Reported(reported.kind(), at.group(1), Long.parseLong(at.group(2)), -1,
                reported.message().substring(0, at.start()) + reported.message().substring(at.end()));
    }

    record Result(boolean success, List<Reported> diagnostics) {}

    /**
     * The diagnostics of a build of this module as a full build of it reads them ({@link #normalized(Reported)}),
     * with the skeleton folder's place left out.
     */
    List<Reported> normalized(Result result) {
        return result.diagnostics().stream().map(DirectoryBuild::normalized)
                .map(d -> new Reported(d.kind(), d.file(), d.line(), d.column(),
                        d.message().replace(skeletons.toString(), "<skeletons>")))
                .toList();
    }

    /**
     * Asserts that a partial build of this module said and wrote what a full build of the same
     * sources, in a folder of their own, says and writes.
     */
    void assertSameAsFullBuildIn(Path other, Result partial, String... outputs) {
        DirectoryBuild full = sameSourcesIn(other);
        Result expected = full.compileAll();
        assertEquals(full.normalized(expected), normalized(partial));
        assertEquals(expected.success(), partial.success());
        for (String output : outputs) {
            assertEquals(full.output(output), output(output), output);
        }
    }

    /** The same sources in a folder of their own, to build in full: what a partial build must match. */
    DirectoryBuild sameSourcesIn(Path other) {
        DirectoryBuild copy = new DirectoryBuild(other);
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = copy.sources.resolve(sources.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    final Path sources;
    final Path classes;
    final Path skeletons;
    /** Where javac writes generated sources ({@code -s}), as Maven's {@code target/generated-sources/annotations}. */
    final Path generated;

    DirectoryBuild(Path root) {
        this.sources = root.resolve("src");
        this.classes = root.resolve("classes");
        this.skeletons = root.resolve("skeletons");
        this.generated = root.resolve("generated");
    }

    /** Writes a source from a test fixture, at its package's path. */
    DirectoryBuild write(JavaFileObject source) {
        try {
            String name = source.getName().replaceFirst("^/", "");
            Path file = sources.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getCharContent(true), StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a source, and its class files as an IDE does. */
    void delete(String sourcePath) {
        try {
            Files.deleteIfExists(sources.resolve(sourcePath));
            String base = sourcePath.substring(0, sourcePath.length() - ".java".length());
            Path folder = classes.resolve(base).getParent();
            String simple = classes.resolve(base).getFileName().toString();
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.toList()) {
                        String name = file.getFileName().toString();
                        if (name.equals(simple + ".class") || name.startsWith(simple + "$")) {
                            Files.delete(file);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A full build: every source, into an emptied class output. */
    Result compileAll(String... options) {
        try {
            if (Files.exists(classes)) {
                try (Stream<Path> walk = Files.walk(classes)) {
                    for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                        Files.delete(path);
                    }
                }
            }
            try (Stream<Path> walk = Files.walk(sources)) {
                return compile(classes, List.of(options),
                        walk.filter(p -> p.toString().endsWith(".java")).sorted().toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only these sources (paths relative to the source folder), into the class output, which is on the class path. */
    Result compileOnly(String... sourcePaths) {
        return compileOnly(classes, List.of(), sourcePaths);
    }

    Result compileOnly(Path output, List<String> options, String... sourcePaths) {
        return compile(output, options, Arrays.stream(sourcePaths).map(sources::resolve).toList());
    }

    private Result compile(Path output, List<String> extra, List<Path> files) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            Files.createDirectories(output);
            Files.createDirectories(generated);
            String classPath = classes + File.pathSeparator + System.getProperty("java.class.path");
            List<String> options = new ArrayList<>(List.of("-d", output.toString(), "-classpath", classPath,
                    "-processorpath", System.getProperty("java.class.path"), "-implicit:none",
                    "-s", generated.toString(),
                    "-Aretort.skeletons=" + skeletons));
            options.addAll(extra);
            boolean success = javac.getTask(null, manager, diagnostics, options, null,
                    manager.getJavaFileObjectsFromPaths(files)).call();
            List<Reported> found = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                String file = d.getSource() == null ? null
                        : sources.toAbsolutePath().relativize(Path.of(d.getSource().toUri())).toString();
                found.add(Reported.of(d, file));
            }
            return new Result(success, found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String output(String resource) {
        return output(classes, resource);
    }

    static String output(Path classes, String resource) {
        try {
            return Files.readString(classes.resolve(resource), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
