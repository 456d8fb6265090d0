package dev.retort.processor.cache;

import dev.retort.processor.classfile.ClassFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The results of the last replay of a module's migrations from their class files, kept in the
 * generated-sources folder (Maven's {@code target/generated-sources/annotations}: never packaged) for
 * the next build that compiles none of the migrations. They are used only when they are exactly what
 * the work would give again: the same Retort and options, the same migrations, the same module
 * record lines, and every class file they were read from the same to the byte. Otherwise, or when
 * the file is missing or unreadable, the build does the work, so a stale cache can cost time but
 * never change a finding.
 */
public final class ReplayCache {

    public static final String RESOURCE = "META-INF/retort/replay-results";

    private final Filer filer;
    private final ClassFiles classFiles;
    private final String stamp;

    public ReplayCache(Filer filer, ClassFiles classFiles, String stamp) {
        this.filer = filer;
        this.classFiles = classFiles;
        this.stamp = stamp;
    }

    public String stamp() {
        return stamp;
    }

    /** The kept results of these migrations (binary names, in order), if nothing they depend on changed. */
    public Optional<ReplayResults> lookup(List<String> migrations, String positions) {
        return read().flatMap(ReplayResultsFile::read)
                .filter(r -> r.stamp().equals(stamp) && r.positions().equals(positions)
                        && r.migrations().equals(migrations) && r.classes().keySet().containsAll(migrations))
                .filter(this::classFilesUnchanged);
    }

    private boolean classFilesUnchanged(ReplayResults results) {
        for (Map.Entry<String, String> read : results.classes().entrySet()) {
            if (!classFiles.digestOf(read.getKey()).equals(read.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Keeps these results for the next build. */
    public void store(ReplayResults results) throws IOException {
        FileObject file = filer.createResource(StandardLocation.SOURCE_OUTPUT, "", RESOURCE);
        try (Writer out = file.openWriter()) {
            out.write(ReplayResultsFile.write(results));
        }
    }

    private Optional<String> read() {
        try {
            FileObject file = filer.getResource(StandardLocation.SOURCE_OUTPUT, "", RESOURCE);
            try (InputStream in = file.openInputStream()) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}
