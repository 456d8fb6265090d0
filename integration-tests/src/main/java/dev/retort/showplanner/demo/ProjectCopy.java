package dev.retort.showplanner.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the show planner's sources (model and migrations) in a folder of its own, to be edited
 * the way a user edits them and compiled with real javac.
 */
public final class ProjectCopy {

    /** The show planner's packages, relative to a source root. */
    public static final List<String> PACKAGES = List.of("dev/retort/showplanner/model", "dev/retort/showplanner/migrations");

    private final Path sources;

    private ProjectCopy(Path sources) {
        this.sources = sources;
    }

    /** Copies the show planner from {@code sourceRoot} (e.g. {@code src/main/java}) into {@code folder}/src. */
    public static ProjectCopy of(Path sourceRoot, Path folder) {
        Path sources = folder.resolve("src");
        try {
            delete(folder);
            for (String pkg : PACKAGES) {
                Path from = sourceRoot.resolve(pkg);
                try (Stream<Path> files = Files.list(from)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                        Path to = sources.resolve(pkg).resolve(file.getFileName().toString());
                        Files.createDirectories(to.getParent());
                        Files.copy(file, to);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProjectCopy(sources);
    }

    public Path sources() {
        return sources;
    }

    /** The file of a class of the project, e.g. {@code model/User}. */
    public Path file(String name) {
        return sources.resolve("dev/retort/showplanner/" + name + ".java");
    }

    /** Replaces the one occurrence of {@code from} in a class's source; fails when it is not there exactly once. */
    public ProjectCopy edit(String name, String from, String to) {
        Path file = file(name);
        try {
            String text = Files.readString(file);
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new IllegalArgumentException(name + " does not hold exactly one \"" + from + "\"");
            }
            Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Deletes the one line of a class that contains {@code text}. */
    public ProjectCopy deleteLine(String name, String text) {
        int line = lineOf(name, text);
        try {
            List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file(name)));
            lines.remove(line - 1);
            Files.write(file(name), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds (or replaces) a class's source, e.g. a skeleton moved in. */
    public ProjectCopy put(String name, String source) {
        try {
            Files.writeString(file(name), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The line (1-based) of the one line of a class that contains {@code text}. */
    public int lineOf(String name, String text) {
        try {
            List<String> lines = Files.readAllLines(file(name));
            int found = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    if (found >= 0) {
                        throw new IllegalArgumentException(name + " has \"" + text + "\" on several lines");
                    }
                    found = i + 1;
                }
            }
            if (found < 0) {
                throw new IllegalArgumentException(name + " has no line with \"" + text + "\"");
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
