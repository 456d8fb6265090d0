package dev.retort.tools;

import dev.retort.runner.HistoryEntry;
import dev.retort.runner.Interruption;
import dev.retort.runner.Retort;
import java.util.ArrayList;
import java.util.List;

/** What {@code current}, {@code heads}, {@code history} and {@code check} print, the same in every front end. */
public final class Reports {

    /** The lines of a {@code check}, and whether the database has the expected schema. */
    public record CheckReport(boolean matches, List<String> lines) {

        public CheckReport {
            lines = List.copyOf(lines);
        }
    }

    private Reports() {}

    /** Where the database is: each current id, marked when it is the head; {@code <base>} when nothing is applied. */
    public static List<String> current(Retort retort) {
        List<String> current = retort.current();
        if (current.isEmpty()) {
            return List.of("<base>");
        }
        List<String> heads = retort.heads();
        return current.stream().map(id -> id + (heads.contains(id) ? " (head)" : "")).toList();
    }

    public static List<String> heads(Retort retort) {
        return retort.heads().stream().map(id -> id + " (head)").toList();
    }

    /** Every migration, newest first: one line each, or Alembic's verbose block. */
    public static List<String> history(Retort retort, boolean verbose) {
        List<String> current = retort.current();
        List<String> lines = new ArrayList<>();
        for (HistoryEntry entry : retort.history()) {
            String marks = (entry.head() ? " (head)" : "") + (current.contains(entry.id()) ? " (current)" : "")
                    + (entry.known() ? "" : " (unknown)") + (entry.edited() ? " (edited since applied)" : "");
            String parents = entry.revises().isEmpty() ? "<base>" : String.join(", ", entry.revises());
            Interruption interruption = entry.interruption();
            if (!verbose) {
                lines.add(parents + " -> " + entry.id() + marks + ", " + entry.description()
                        + (interruption == null ? "" : ", " + interruption.state() + ": " + interruption.next()));
                continue;
            }
            lines.add("Rev: " + entry.id() + marks);
            lines.add("Parent: " + parents);
            if (interruption != null) {
                lines.add("Applied: " + interruption.state() + ", started " + interruption.startedAt() + " by "
                        + interruption.startedBy());
                lines.add("Next run: " + interruption.next());
            } else {
                lines.add(entry.isApplied() ? "Applied: " + entry.applied().appliedAt() + " by "
                        + entry.applied().appliedBy() + " in " + entry.applied().durationMs() + " ms" : "Applied: no");
            }
            lines.add("Checksum: " + entry.checksum());
            lines.add("");
            lines.add("    " + entry.description());
            lines.add("");
        }
        return lines;
    }

    /** The live schema against the model's (or, for a project without entities, the migrations'). */
    public static CheckReport check(Retort retort) {
        List<String> lines = new ArrayList<>();
        List<String> current = retort.current();
        List<String> atRevision = current.isEmpty() ? List.of() : retort.checkRevision();
        String revision = "At revision " + String.join(", ", current(retort));
        if (!current.isEmpty() && atRevision.isEmpty()) {
            lines.add(revision + ": the database has the schema the migrations give there.");
        } else if (!current.isEmpty()) {
            lines.add(revision + ": " + atRevision.size() + " difference(s) between the database and the schema the"
                    + " migrations give there (stamped at the wrong revision, or changed by hand):");
            atRevision.forEach(d -> lines.add("  " + d));
        }
        List<String> differences = retort.check();
        String against = retort.migrations().modelSchema().isPresent() ? "the model" : "the migrations";
        if (differences.isEmpty()) {
            lines.add("No differences: the database has the schema of " + against + ".");
        } else {
            lines.add(differences.size() + " difference(s) between the database and " + against + ":");
            differences.forEach(d -> lines.add("  " + d));
        }
        return new CheckReport(atRevision.isEmpty() && differences.isEmpty(), lines);
    }
}
