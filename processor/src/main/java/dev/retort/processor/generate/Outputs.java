package dev.retort.processor.generate;

import com.palantir.javapoet.JavaFile;
import dev.retort.migration.IndexFile;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes what the processor produces: the migration index and the expected schema (resources packaged
 * with the application), and skeletons (to a folder that is not compiled).
 */
public final class Outputs {

    public static final String SCHEMA_RESOURCE = IndexFile.SCHEMA;

    private final Filer filer;
    private final Optional<String> skeletonDirectory;

    public Outputs(Filer filer, Optional<String> skeletonDirectory) {
        this.filer = filer;
        this.skeletonDirectory = skeletonDirectory;
    }

    /** Writes a resource to the class output, such as the expected schema. */
    public void writeResource(String name, String content, Element... origins) throws IOException {
        FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", name, origins);
        try (Writer out = resource.openWriter()) {
            out.write(content);
        }
    }

    /**
     * Writes a skeleton under the skeleton folder: the option's, or {@code retort-skeletons} beside
     * the class output (Maven's {@code target/}). Empty when there is no folder to write to.
     */
    public Optional<Path> writeSkeleton(SkeletonPlan plan) throws IOException {
        Optional<Path> directory = skeletonDirectory.map(Path::of).or(this::besideClassOutput);
        if (directory.isEmpty()) {
            return Optional.empty();
        }
        JavaFile file = SkeletonWriter.write(plan);
        Path target = directory.get().resolve(plan.qualifiedName().replace('.', '/') + ".java");
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.toString(), StandardCharsets.UTF_8);
        return Optional.of(target);
    }

    private Optional<Path> besideClassOutput() {
        try {
            FileObject probe = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "retort-skeleton-probe");
            URI uri = probe.toUri();
            if (!"file".equals(uri.getScheme())) {
                return Optional.empty();
            }
            Path classes = Path.of(uri).getParent();
            return Optional.ofNullable(classes.getParent()).map(build -> build.resolve("retort-skeletons"));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
