package dev.retort.tools;

import dev.retort.runner.RetortException;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class loader of a project's compiled migrations and what they need: class folders and jars,
 * on top of the tool's own classes, so that the migrations implement the runtime's interfaces.
 * The JDBC drivers among them are made visible to {@link java.sql.DriverManager}.
 */
public final class ProjectClassLoader {

    private ProjectClassLoader() {}

    /**
     * Parses a class path as {@code java -cp} takes it (entries split by the platform's separator;
     * {@code dir/*} stands for the jars in {@code dir}), refusing an entry that does not exist.
     */
    public static List<Path> parse(String classPath, String optionName) {
        List<Path> paths = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            if (entry.endsWith("/*") || entry.endsWith(File.separator + "*")) {
                paths.addAll(jarsIn(Path.of(entry.substring(0, entry.length() - 2)), optionName));
                continue;
            }
            Path path = Path.of(entry);
            if (!Files.exists(path)) {
                throw new RetortException(optionName + " names " + entry + ", which does not exist: give the folder of"
                        + " the compiled classes (target/classes) or a jar");
            }
            paths.add(path);
        }
        return paths;
    }

    private static List<Path> jarsIn(Path directory, String optionName) {
        if (!Files.isDirectory(directory)) {
            throw new RetortException(optionName + " names " + directory + "/*, but " + directory + " is not a folder");
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new RetortException("cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    /** A loader for these paths whose parent is {@code parent}; its JDBC drivers are registered. */
    public static ClassLoader of(List<Path> paths, ClassLoader parent) {
        if (paths.isEmpty()) {
            return parent;
        }
        URL[] urls = new URL[paths.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = paths.get(i).toAbsolutePath().toUri().toURL();
            } catch (MalformedURLException e) {
                throw new RetortException("cannot read " + paths.get(i) + " as a class path entry", e);
            }
        }
        URLClassLoader loader = new URLClassLoader("retort-project", urls, parent);
        JdbcDrivers.register(loader);
        return loader;
    }
}
