package dev.retort.tools.revision;

import dev.retort.diff.SchemaDiff;
import dev.retort.migration.IndexedMigration;
import dev.retort.migration.MigrationIndex;
import dev.retort.operation.Operation;
import dev.retort.processor.RetortProcessor;
import dev.retort.processor.generate.Outputs;
import dev.retort.processor.generate.SkeletonPlan;
import dev.retort.processor.generate.SkeletonPlanner;
import dev.retort.runner.Migrations;
import dev.retort.runner.RetortException;
import dev.retort.schema.Schema;
import dev.retort.schema.json.SchemaJson;
import dev.retort.tools.ProjectClassLoader;
import dev.retort.annotation.Migration;
import dev.retort.migration.MigrationScript;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * The migration that closes the drift between the migrations and the model, planned as javac plans
 * its skeleton: the sources are compiled with Retort's processor into a scratch folder (drift
 * turned off, so that the build that reports it does not stop this one), the model's schema is the
 * one the processor exports, the migrations' schema the one their compiled classes replay.
 */
final class DriftRevision {

    private DriftRevision() {}

    static SkeletonPlan plan(NewRevision request, String packageName, String headId, String className) {
        Path scratch = scratchFolder();
        try {
            Path classes = compile(request, scratch);
            Schema model = modelSchema(classes);
            List<Path> paths = new ArrayList<>();
            paths.add(classes);
            paths.addAll(request.classPath());
            ClassLoader loader = ProjectClassLoader.of(paths, DriftRevision.class.getClassLoader());
            try {
                Schema head = headId == null ? Schema.EMPTY
                        : Migrations.load(loader, index -> holds(index, packageName)).headSchema();
                List<Operation> closing = SchemaDiff.between(head, model);
                if (closing.isEmpty()) {
                    throw new RetortException("the migrations already give the schema of the model: there is no drift"
                            + " to write. Run revision without autogenerate for an empty migration");
                }
                SkeletonPlan planned = SkeletonPlanner.plan(head, closing, headId, packageName);
                return new SkeletonPlan(packageName, className, planned.id(), planned.revises(), request.message(),
                        planned.changes(), planned.upgrade(), planned.downgrade(), planned.notesToWrite());
            } finally {
                if (loader instanceof URLClassLoader closeable) {
                    closeable.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(scratch);
        }
    }

    /** The index of the head's package, whatever form the index takes: its migrations' classes say. */
    private static boolean holds(MigrationIndex index, String packageName) {
        return index.migrations().stream().map(IndexedMigration::className)
                .anyMatch(name -> name.lastIndexOf('.') >= 0 ? name.substring(0, name.lastIndexOf('.')).equals(packageName)
                        : packageName.isEmpty());
    }

    private static Path compile(NewRevision request, Path scratch) throws IOException {
        Path classes = Files.createDirectories(scratch.resolve("classes"));
        Path generated = Files.createDirectories(scratch.resolve("generated"));
        List<Path> sources = new ArrayList<>();
        for (Path root : request.sourceRoots()) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
                }
            }
        }
        List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-s", generated.toString(),
                "-implicit:none", "-nowarn", "-Xlint:none", "-encoding", "UTF-8"));
        options.add("-classpath");
        options.add(Stream.concat(request.classPath().stream(), retortJars().stream()).map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator)));
        options.addAll(request.processorOptions());
        options.add("-Aretort.check.drift=off");
        options.add("-Aretort.skeletons=" + scratch.resolve("skeletons"));
        JavaCompiler javac = Javac.require();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources));
            task.setProcessors(List.of(new RetortProcessor()));
            if (!task.call()) {
                List<String> errors = diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).map(DriftRevision::describe).toList();
                String classPath = request.classPath().isEmpty() ? "\nThey were compiled against Retort's classes only:"
                        + " give the project's compile class path (jakarta.persistence-api and the rest) with --classpath."
                        : "";
                throw new RetortException("the sources do not compile, so the model's drift cannot be known; fix"
                        + " this first:\n  " + String.join("\n  ", errors.subList(0, Math.min(5, errors.size())))
                        + (errors.size() > 5 ? "\n  (and " + (errors.size() - 5) + " more)" : "") + classPath);
            }
        }
        return classes;
    }

    /** Where Retort's annotations and DSL are, for sources compiled against this tool's copy of them. */
    private static List<Path> retortJars() {
        List<Path> jars = new ArrayList<>();
        for (Class<?> type : List.of(Migration.class, MigrationScript.class)) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source != null && "file".equals(source.getLocation().getProtocol())) {
                try {
                    jars.add(Path.of(source.getLocation().toURI()));
                } catch (URISyntaxException e) {
                    // Not a path javac can read: the project's class path must then hold Retort.
                }
            }
        }
        return jars;
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        String where = diagnostic.getSource() == null ? "" : Path.of(diagnostic.getSource().toUri()) + ":"
                + diagnostic.getLineNumber() + ": ";
        return where + diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse("");
    }

    private static Schema modelSchema(Path classes) throws IOException {
        Path resource = classes.resolve(Outputs.SCHEMA_RESOURCE);
        if (!Files.exists(resource)) {
            throw new RetortException("the sources hold no @Entity, so there is no model to autogenerate from:"
                    + " run revision without autogenerate");
        }
        try (InputStream in = Files.newInputStream(resource)) {
            return SchemaJson.read(in);
        }
    }

    private static Path scratchFolder() {
        try {
            return Files.createTempDirectory("retort-revision");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch folder for the compilation", e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // The scratch folder is in the temporary directory: leaving it is harmless.
        }
    }
}
