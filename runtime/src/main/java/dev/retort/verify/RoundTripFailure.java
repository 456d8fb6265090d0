package dev.retort.verify;

import java.util.List;

/** A migration whose downgrade does not give back the schema or rows it started from. */
public final class RoundTripFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final String migrationId;
    private final List<String> differences;

    RoundTripFailure(String migrationId, String what, List<String> differences) {
        super("round trip of migration " + migrationId + ": " + what + "\n  " + String.join("\n  ", differences));
        this.migrationId = migrationId;
        this.differences = List.copyOf(differences);
    }

    public String migrationId() {
        return migrationId;
    }

    public List<String> differences() {
        return differences;
    }
}
