package dev.retort.runner;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * A run of a migration that started and did not end (its journal row is still upgrading or
 * downgrading), as {@code history} shows it: how far its data steps were committed, which operation
 * the live schema shows it reached ({@code reached} is empty where the database matches no point of
 * it; {@code operations} is 0 where no migration has its id now), and so what the next {@code upgrade} or {@code downgrade} does about it.
 */
public record Interruption(boolean upgrading, int committedBefore, Instant startedAt, String startedBy,
                           OptionalInt reached, int operations, boolean finish) {

    /** {@code interrupted (upgrading, data steps before operation 3 committed)}. */
    public String state() {
        return "interrupted (" + (upgrading ? "upgrading" : "downgrading")
                + (committedBefore > 0 ? ", data steps before operation " + (committedBefore + 1) + " committed" : "")
                + ")";
    }

    /** What the next command that migrates does about this run, and how to choose otherwise. */
    public String next() {
        if (reached.isEmpty() && operations == 0) {
            return "the next upgrade or downgrade refuses: no migration has this id now; restore the migration, or"
                    + " repair the schema by hand and run 'stamp'";
        }
        if (reached.isEmpty()) {
            return "the next upgrade or downgrade refuses: the database matches no point of this migration; repair"
                    + " the schema by hand and run 'stamp'";
        }
        int k = reached.getAsInt();
        String ran = "it ran " + k + " of " + operations + " operation" + (operations == 1 ? "" : "s") + "; the next"
                + " upgrade or downgrade ";
        if (k == 0) {
            return ran + (finish ? "runs it whole (finish-interrupted is on)"
                    : "clears it, or runs it whole with --finish-interrupted");
        }
        return ran + (finish ? "finishes it (finish-interrupted is on)"
                : "undoes " + (k == 1 ? "it" : "them") + ", or finishes the migration with --finish-interrupted");
    }
}
