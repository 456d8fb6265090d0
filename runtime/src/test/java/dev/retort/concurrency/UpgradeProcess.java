package dev.retort.concurrency;

import dev.retort.runner.Retort;
import dev.retort.runner.RetortException;
import java.time.Duration;
import java.util.List;

/**
 * One runner in a JVM of its own: upgrades the database at {@code args[0]} to head with the
 * migrations of package {@code args[1]}, waiting {@code args[2]} ms for the lock (two minutes
 * when not given), prints {@code APPLIED} and the ids it applied, or
 * {@code FAILED} and the message, and exits 0 or 1.
 */
public final class UpgradeProcess {

    private UpgradeProcess() {}

    public static void main(String[] args) {
        try {
            List<String> applied = Retort.configure().url(args[0]).migrationsPackage(args[1])
                    .lockTimeout(Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 120_000)).load().upgrade("head");
            System.out.println("APPLIED " + String.join(",", applied));
            System.exit(0);
        } catch (RetortException e) {
            System.out.println("FAILED " + e.getMessage().replace('\n', ' '));
            System.exit(1);
        }
    }
}
