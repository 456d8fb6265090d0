package dev.retort.processor.cache;

import dev.retort.migration.Ops;
import dev.retort.processor.Options;
import dev.retort.processor.RetortProcessor;
import dev.retort.processor.util.Sha256;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import java.util.TreeMap;

/**
 * What, besides the class files, the findings of replaying the migrations depend on: the build of
 * Retort that found them (the processor's and the runtime's jars, by place, size and time, so that a
 * rebuilt snapshot counts as another Retort; in a class folder, the time of its main class file) and
 * the options given to it (severities, dialects, naming). Results kept under another stamp are not
 * used.
 */
public final class BuildStamp {

    private BuildStamp() {}

    /** The stamp of this Retort with these options (all of javac's {@code -A} options: only Retort's count). */
    public static String of(Map<String, String> processorOptions) {
        StringBuilder text = new StringBuilder();
        text.append(build(RetortProcessor.class)).append('\n');
        text.append(build(Ops.class)).append('\n');
        new TreeMap<>(processorOptions).forEach((name, value) -> {
            if (name.startsWith(Options.RETORT_PREFIX)) {
                text.append(name).append('=').append(value).append('\n');
            }
        });
        return Sha256.of(text);
    }

    /** The jar a class comes from, by place, size and time; in a class folder, the class file's own time. */
    private static String build(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null) {
            return "unknown";
        }
        try {
            Path path = Path.of(location.toURI());
            if (Files.isRegularFile(path)) {
                return location + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis();
            }
            Path classFile = path.resolve(type.getName().replace('.', '/') + ".class");
            if (Files.isRegularFile(classFile)) {
                return location + " " + Files.getLastModifiedTime(classFile).toMillis();
            }
        } catch (URISyntaxException | IllegalArgumentException | IOException | SecurityException e) {
            // A place that is not a file: its name is all there is to go by.
        }
        return location.toString();
    }
}
