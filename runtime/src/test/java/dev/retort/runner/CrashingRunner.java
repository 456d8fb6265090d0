package dev.retort.runner;

import dev.retort.testing.FaultyConnections;
import dev.retort.testing.FaultyConnections.Fault;

/**
 * The runner the crash suite kills: {@code upgrade} or {@code downgrade} to a target on a database,
 * the JVM halting at the N-th counted statement ({@link FaultyConnections}). Run in a JVM of its own.
 */
public final class CrashingRunner {

    private CrashingRunner() {}

    /** Arguments: url, upgrade|downgrade, target, statement number, HALT|HALT_AFTER. */
    public static void main(String[] args) {
        FaultyConnections connections = FaultyConnections.failing(args[0], Fault.valueOf(args[4]),
                Integer.parseInt(args[3]), false);
        Retort retort = Retort.configure().dataSource(connections.dataSource())
                .migrationsPackage(FaultSuiteTest.PACKAGE).load();
        if (args[1].equals("upgrade")) {
            retort.upgrade(args[2]);
        } else {
            retort.downgrade(args[2]);
        }
        System.exit(0);
    }
}
