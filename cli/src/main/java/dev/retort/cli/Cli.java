package dev.retort.cli;

import dev.retort.runner.RetortException;
import dev.retort.schema.SchemaMisfitException;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * The {@code retort} command line. Exit codes, the same for every verb: 0 done, 1 failed (and
 * {@code check} with differences), 2 wrong usage. A failure is one message, never a stack trace.
 */
public final class Cli {

    private final PrintWriter out;
    private final PrintWriter err;
    private final PasswordSource passwords;

    public Cli(PrintWriter out, PrintWriter err, PasswordSource passwords) {
        this.out = out;
        this.err = err;
        this.passwords = passwords;
    }

    public static void main(String[] args) {
        Cli cli = new Cli(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                new PasswordSource(System.getenv(), PasswordSource.console()));
        System.exit(cli.run(args));
    }

    public int run(String... args) {
        RetortCommand root = new RetortCommand();
        root.passwords = passwords;
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out).setErr(err);
        commandLine.setUnmatchedOptionsArePositionalParams(true);
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof CommandLine.ParameterException usage) {
                err.println(usage.getMessage());
                err.flush();
                return 2;
            }
            boolean expected = e instanceof RetortException || e instanceof IllegalArgumentException
                    || e instanceof SchemaMisfitException;
            err.println("FAILED: " + (expected ? e.getMessage() : e));
            err.flush();
            return 1;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Used by tests and embedders: the environment is read only through the password source. */
    static Cli withEnvironment(PrintWriter out, PrintWriter err, Map<String, String> environment) {
        return new Cli(out, err, new PasswordSource(environment, question -> null));
    }
}
