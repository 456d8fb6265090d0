package dev.retort.runner;

import java.util.List;

/**
 * One line of {@code history}: a migration of the index, or an id the history table holds that no
 * migration has; {@code applied} is null when the migration has not run here, and {@code interruption}
 * is null unless a run of it started and did not end.
 */
public record HistoryEntry(String id, List<String> revises, String description, String checksum, boolean head,
                           boolean known, AppliedMigration applied, Interruption interruption) {

    public HistoryEntry {
        revises = List.copyOf(revises);
    }

    public boolean isInterrupted() {
        return interruption != null;
    }

    public boolean isApplied() {
        return applied != null;
    }

    /** Applied with a checksum other than the one the migration now has. */
    public boolean edited() {
        return applied != null && known && !applied.checksum().equals(checksum);
    }
}
