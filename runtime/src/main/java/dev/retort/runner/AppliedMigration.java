package dev.retort.runner;

import java.time.Instant;
import java.util.List;

/** A row of the history table: a migration applied to this database. */
public record AppliedMigration(String id, List<String> revises, String description, String checksum,
                               Instant appliedAt, String appliedBy, long durationMs) {

    public AppliedMigration {
        revises = List.copyOf(revises);
    }
}
