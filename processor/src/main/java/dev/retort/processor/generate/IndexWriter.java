package dev.retort.processor.generate;

import dev.retort.migration.Checksums;
import dev.retort.migration.IndexFile;
import dev.retort.operation.Operation;
import dev.retort.processor.migration.LocatedOperation;
import dev.retort.processor.migration.MigrationSource;
import java.util.List;
import javax.lang.model.util.Elements;

/**
 * Writes the index of the migrations, the resource {@link IndexFile#RESOURCE} that the runtime reads
 * instead of scanning the class path: id, revises, description, class and checksum of each, in graph
 * order. A resource enters no further round of processing, as a generated source would.
 */
public final class IndexWriter {

    private IndexWriter() {}

    public static String write(List<MigrationSource> ordered, Elements elements) {
        String packageName = elements.getPackageOf(ordered.get(0).type()).getQualifiedName().toString();
        List<IndexFile.Entry> entries = ordered.stream().map(m -> entry(m, elements)).toList();
        return IndexFile.write(new IndexFile.Contents(packageName, entries));
    }

    /** The checksum is empty when javac could not read the bodies; the runtime then has nothing to compare. */
    private static IndexFile.Entry entry(MigrationSource migration, Elements elements) {
        boolean read = migration.upgrade().complete() && migration.downgrade().complete();
        String checksum = !read ? "" : Checksums.of(operations(migration.upgrade().operations()),
                operations(migration.downgrade().operations()));
        return new IndexFile.Entry(migration.id(), migration.revises(), migration.description(),
                elements.getBinaryName(migration.type()).toString(), checksum);
    }

    private static List<Operation> operations(List<LocatedOperation> located) {
        return located.stream().map(LocatedOperation::operation).toList();
    }
}
