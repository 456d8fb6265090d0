package dev.retort.testing;

import dev.retort.migration.Checksums;
import dev.retort.migration.IndexedMigration;
import dev.retort.migration.MigrationScript;
import dev.retort.migration.RecordingOps;
import java.util.List;
import java.util.function.Supplier;

/** Builds index entries as the processor would: the checksum of the operations the script records. */
public final class Indexes {

    private Indexes() {}

    public static IndexedMigration entry(String id, String revises, String description, Supplier<MigrationScript> factory) {
        MigrationScript script = factory.get();
        RecordingOps up = new RecordingOps();
        script.upgrade(up);
        RecordingOps down = new RecordingOps();
        script.downgrade(down);
        return new IndexedMigration(id, revises == null ? List.of() : List.of(revises), description,
                script.getClass().getName(), Checksums.of(up.operations(), down.operations()), factory);
    }
}
