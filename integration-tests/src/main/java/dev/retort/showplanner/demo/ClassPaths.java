package dev.retort.showplanner.demo;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The class path a copy of the show planner compiles against. */
public final class ClassPaths {

    private ClassPaths() {}

    /**
     * This JVM's class path without the folders holding the show planner's own compiled classes:
     * javac must see the copy's sources only, not the classes of the original.
     */
    public static String withoutShowPlanner() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Files.isDirectory(Path.of(entry, "dev", "retort", "showplanner")))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
