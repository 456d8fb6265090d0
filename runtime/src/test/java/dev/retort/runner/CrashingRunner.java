package dev.retort.runner;

import dev.retort.testing.FaultyConnections;
import dev.retort.testing.FaultyConnections.Fault;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The runner the crash suite kills: {@code upgrade} or {@code downgrade} to a target on a database,
 * the JVM halting at the N-th counted statement ({@link FaultyConnections}). Run in a JVM of its own.
 */
public final class CrashingRunner {

    private CrashingRunner() {}

    /** Starts a runner in a JVM of its own, its output written to {@code log}; it exits with 137 when halted. */
    static Process start(String url, boolean upgrade, String target, int n, Fault halt, Path log) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), CrashingRunner.class.getName(), url,
                upgrade ? "upgrade" : "downgrade", target, String.valueOf(n), halt.name())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

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
