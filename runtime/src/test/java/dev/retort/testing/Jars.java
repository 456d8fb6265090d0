package dev.retort.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Jars of compiled classes, as an application is deployed. */
public final class Jars {

    private Jars() {}

    /**
     * Writes the files under {@code classes} to {@code jar} (replacing it), with an entry for each
     * directory, as the jar tool and Maven's jar plugin write them; returns the jar.
     */
    public static Path of(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.sorted().toList()) {
                if (file.equals(classes)) {
                    continue;
                }
                String entry = classes.relativize(file).toString().replace(File.separatorChar, '/');
                boolean directory = Files.isDirectory(file);
                out.putNextEntry(new JarEntry(directory ? entry + "/" : entry));
                if (!directory) {
                    out.write(Files.readAllBytes(file));
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
