package dev.retort.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.retort.migration.Checksums;
import dev.retort.processor.migration.LocatedOperation;
import dev.retort.processor.migration.MigrationSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes what the processor produces: the migration index and its service registration (compiled
 * and packaged with the application), and skeletons (to a folder that is not compiled).
 */
public final class Outputs {

    public static final String SCHEMA_RESOURCE = "META-INF/retort/schema.json";

    private final Filer filer;
    private final Elements elements;
    private final Optional<String> skeletonDirectory;

    public Outputs(Filer filer, Elements elements, Optional<String> skeletonDirectory) {
        this.filer = filer;
        this.elements = elements;
        this.skeletonDirectory = skeletonDirectory;
    }

    /** Generates the index of these migrations, in the package of the first. */
    public void writeIndex(List<MigrationSource> ordered) throws IOException {
        List<IndexWriter.Entry> entries = ordered.stream().map(this::entry).toList();
        String packageName = elements.getPackageOf(ordered.get(0).type()).getQualifiedName().toString();
        JavaFile index = IndexWriter.write(packageName, entries, SCHEMA_RESOURCE);
        index.writeTo(filer);
        FileObject services = filer.createResource(StandardLocation.CLASS_OUTPUT, "", IndexWriter.SERVICE_FILE);
        try (Writer out = services.openWriter()) {
            out.write((packageName.isEmpty() ? "" : packageName + ".") + IndexWriter.CLASS_NAME + "\n");
        }
    }

    /** Writes a resource to the class output, such as the expected schema. */
    public void writeResource(String name, String content) throws IOException {
        FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", name);
        try (Writer out = resource.openWriter()) {
            out.write(content);
        }
    }

    /** The checksum is empty when javac could not read the bodies; the runtime then has nothing to compare. */
    private IndexWriter.Entry entry(MigrationSource migration) {
        boolean read = migration.upgrade().complete() && migration.downgrade().complete();
        String checksum = !read ? "" : Checksums.of(operations(migration.upgrade().operations()),
                operations(migration.downgrade().operations()));
        return new IndexWriter.Entry(migration.id(), migration.revises(), migration.description(),
                ClassName.get(migration.type()), elements.getBinaryName(migration.type()).toString(), checksum);
    }

    private static List<dev.retort.operation.Operation> operations(List<LocatedOperation> located) {
        return located.stream().map(LocatedOperation::operation).toList();
    }

    /**
     * Writes a skeleton under the skeleton folder: the option's, or {@code retort-skeletons} beside
     * the class output (Maven's {@code target/}). Empty when there is no folder to write to.
     */
    public Optional<Path> writeSkeleton(SkeletonPlan plan) {
        Optional<Path> directory = skeletonDirectory.map(Path::of).or(this::besideClassOutput);
        if (directory.isEmpty()) {
            return Optional.empty();
        }
        JavaFile file = SkeletonWriter.write(plan);
        Path target = directory.get().resolve(plan.qualifiedName().replace('.', '/') + ".java");
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the skeleton " + target, e);
        }
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
