package dev.retort.runner;

import dev.retort.migration.IndexedMigration;
import dev.retort.operation.Operation;
import java.util.List;

/** A migration from the index with the operations its class records, and their checksum. */
public record LoadedMigration(IndexedMigration indexed, List<Operation> upgrade, List<Operation> downgrade,
                              String checksum) {

    public LoadedMigration {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }

    public String id() {
        return indexed.id();
    }

    public List<String> revises() {
        return indexed.revises();
    }

    public String description() {
        return indexed.description();
    }
}
