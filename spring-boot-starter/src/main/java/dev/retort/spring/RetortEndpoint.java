package dev.retort.spring;

import dev.retort.runner.HistoryEntry;
import dev.retort.runner.Retort;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/** {@code /actuator/retort}: every migration, newest first, with where the database is. */
@Endpoint(id = "retort")
public class RetortEndpoint {

    /** The database's state: its current ids and every migration. */
    public record Report(List<String> current, List<String> heads, List<Migration> migrations) {}

    /** One migration; the applied fields are null when it has not run here. */
    public record Migration(String id, List<String> revises, String description, String checksum, boolean head,
                            boolean current, boolean known, boolean edited, String appliedAt, String appliedBy,
                            Long durationMs) {}

    private final Retort retort;

    public RetortEndpoint(Retort retort) {
        this.retort = retort;
    }

    @ReadOperation
    public Report migrations() {
        List<String> current = retort.current();
        List<Migration> migrations = retort.history().stream().map(entry -> migration(entry, current)).toList();
        return new Report(current, retort.heads(), migrations);
    }

    private static Migration migration(HistoryEntry entry, List<String> current) {
        boolean applied = entry.isApplied();
        return new Migration(entry.id(), entry.revises(), entry.description(), entry.checksum(), entry.head(),
                current.contains(entry.id()), entry.known(), entry.edited(),
                applied ? entry.applied().appliedAt().toString() : null, applied ? entry.applied().appliedBy() : null,
                applied ? entry.applied().durationMs() : null);
    }
}
