package dev.retort.tools.revision;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code revision} is asked for.
 *
 * @param message what the migration changes: its description, and the source of its class name
 * @param autogenerate write the operations that close the model's drift, not an empty migration
 * @param sourceRoots the project's source folders; the migration is written into the first
 * @param packageName the package of the first migration; when empty, the entities' package +
 *     {@code .migrations}, as the processor chooses it (later migrations go beside the head)
 * @param classPath what the sources compile against (for autogenerate)
 * @param processorOptions the build's {@code -Aretort.*} options, e.g. {@code -Aretort.naming=snake}
 *     (for autogenerate: the model is read as the build reads it)
 */
public record NewRevision(String message, boolean autogenerate, List<Path> sourceRoots, Optional<String> packageName,
                          List<Path> classPath, List<String> processorOptions) {

    public NewRevision {
        sourceRoots = List.copyOf(sourceRoots);
        classPath = List.copyOf(classPath);
        processorOptions = List.copyOf(processorOptions);
    }
}
