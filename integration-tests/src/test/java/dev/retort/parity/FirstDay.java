package dev.retort.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.parity.ParitySets.ParitySet;
import dev.retort.processor.model.NamingStrategy;
import dev.retort.showplanner.demo.Javac;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;

/**
 * A user's first day with an entity set: a project of its sources and no migration, compiled by
 * javac with Retort's processor, which fails on drift and writes a skeleton; the skeleton moved into
 * the sources with its {@code @Unreviewed} mark deleted, and compiled again, cleanly. Made once per
 * set and naming, whatever the databases it is then applied to.
 */
final class FirstDay {

    private static final Map<String, FirstDay> MADE = new ConcurrentHashMap<>();
    private static final Path ROOT = Path.of("target/first-day");

    final Path classes;
    final String migrationsPackage;
    /** The warnings of the reviewed build: only what the model itself asks for (a foreign key without index). */
    final List<Javac.Problem> warnings;

    private FirstDay(Path classes, String migrationsPackage, List<Javac.Problem> warnings) {
        this.classes = classes;
        this.migrationsPackage = migrationsPackage;
        this.warnings = warnings;
    }

    static FirstDay of(ParitySet set, NamingStrategy naming) {
        return MADE.computeIfAbsent(set + " " + naming, key -> make(set, naming));
    }

    private static FirstDay make(ParitySet set, NamingStrategy naming) {
        String name = set.name().replace("-", "_") + "_" + naming.name().toLowerCase(Locale.ROOT);
        Path folder = ROOT.resolve(org.hibernate.Version.getVersionString()).resolve(name);
        Path sources = folder.resolve("src");
        Path skeletons = folder.resolve("skeletons");
        Path classes = folder.resolve("classes");
        String migrationsPackage = "firstday." + name + ".migrations";
        try {
            delete(folder);
            copy(set.sources(), sources.resolve(ParitySets.SOURCES.relativize(set.sources())));
            List<String> options = new java.util.ArrayList<>(List.of("-Aretort.naming=" + naming.name()
                    .toLowerCase(Locale.ROOT), "-Aretort.skeletons=" + skeletons,
                    "-Aretort.migrationsPackage=" + migrationsPackage));
            options.addAll(set.retortOptions());
            Javac javac = new Javac(classPath(), options);

            Javac.Result drifted = javac.compile(sources, classes);
            assertTrue(!drifted.success() && !drifted.errors().isEmpty() && drifted.errors().stream()
                    .allMatch(p -> p.message().startsWith("[retort:drift]")), () -> set + ": " + drifted.problems());
            Path skeleton = onlyFile(skeletons);
            String reviewed = Files.readString(skeleton).replaceAll("(?m)^@Unreviewed\\(.*\\)\\n", "")
                    .replace("import dev.retort.annotation.Unreviewed;\n", "");
            Path moved = sources.resolve(skeletons.relativize(skeleton));
            Files.createDirectories(moved.getParent());
            Files.writeString(moved, reviewed);

            Javac.Result clean = javac.compile(sources, classes);
            assertEquals(List.of(), clean.errors(), () -> set + ", the reviewed skeleton:\n" + reviewed);
            assertTrue(clean.success());
            List<Javac.Problem> warnings = clean.problems().stream().filter(p -> p.kind() == Diagnostic.Kind.WARNING
                    || p.kind() == Diagnostic.Kind.MANDATORY_WARNING).toList();
            assertTrue(warnings.stream().allMatch(p -> p.message().startsWith("[retort:fk-without-index]")),
                    () -> set + ": " + warnings);
            return new FirstDay(classes, migrationsPackage, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test's class path without the show planner's classes (its migrations and index would join
     * the project's); the parity sets' compiled classes stay, as the sets use one another's types.
     */
    private static String classPath() {
        Path showPlanner = Path.of("target/classes").toAbsolutePath();
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().equals(showPlanner))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /**
     * A loader of the compiled project over the test's own: it sees this project's migration index
     * and expected schema, not those of the show planner on the test's class path.
     */
    URLClassLoader loader() throws IOException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, new OwnIndexOnly(FirstDay.class.getClassLoader()));
    }

    private static final class OwnIndexOnly extends ClassLoader {
        OwnIndexOnly(ClassLoader parent) {
            super(parent);
        }

        @Override
        public URL getResource(String name) {
            return hidden(name) ? null : super.getResource(name);
        }

        @Override
        public java.util.Enumeration<URL> getResources(String name) throws IOException {
            return hidden(name) ? java.util.Collections.emptyEnumeration() : super.getResources(name);
        }

        private static boolean hidden(String name) {
            return name.startsWith("META-INF/services/dev.retort.migration.MigrationIndex")
                    || name.startsWith("META-INF/retort/");
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path target = to.resolve(from.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private static Path onlyFile(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).toList();
            assertEquals(1, files.size(), () -> "one skeleton in " + folder + ": " + files);
            return files.get(0);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
