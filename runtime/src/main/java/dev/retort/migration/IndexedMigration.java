package dev.retort.migration;

import java.util.List;
import java.util.function.Supplier;

/**
 * One migration as the index lists it. {@code checksum} is {@link Checksums#of} of the operations
 * javac read from its source; the runner compares it with the operations the class records at run
 * time and with the checksum in the history table. It is empty when javac could not read the bodies
 * (a compiler without the Tree API); the runner then trusts the operations the class records.
 */
public record IndexedMigration(String id, List<String> revises, String description, String className,
                               String checksum, Supplier<MigrationScript> factory) {

    public IndexedMigration {
        revises = List.copyOf(revises);
    }
}
