package dev.retort.cli;

import dev.retort.runner.HistoryEntry;
import dev.retort.runner.Retort;
import dev.retort.runner.RetortBuilder;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code retort}: Alembic's verbs for the migrations on the class path. */
@Command(name = "retort", mixinStandardHelpOptions = true, version = "retort 0.1.0",
        description = "Applies the migrations of the generated index to a database.",
        subcommands = {RetortCommand.Upgrade.class, RetortCommand.Downgrade.class, RetortCommand.Current.class,
                RetortCommand.History.class, RetortCommand.Heads.class, RetortCommand.Stamp.class,
                RetortCommand.Check.class})
final class RetortCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", scope = ScopeType.INHERIT, description = "JDBC URL, e.g. jdbc:postgresql://host/db")
    String url;

    @Option(names = "--user", scope = ScopeType.INHERIT, description = "database user; the password comes from "
            + PasswordSource.VARIABLE + " or a prompt")
    String user;

    @Option(names = "--package", scope = ScopeType.INHERIT, description = "use only the index of this migrations package")
    String migrationsPackage;

    @Option(names = "--lock-timeout", scope = ScopeType.INHERIT, defaultValue = "60",
            description = "seconds to wait for another runner's lock (default: ${DEFAULT-VALUE})")
    long lockTimeoutSeconds;

    PasswordSource passwords;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    Retort retort() {
        if (url == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--url'");
        }
        RetortBuilder builder = Retort.configure().url(url, user, passwords.passwordFor(user))
                .lockTimeout(Duration.ofSeconds(lockTimeoutSeconds));
        if (migrationsPackage != null) {
            builder.migrationsPackage(migrationsPackage);
        }
        return builder.load();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** {@code FROM:TO}, or {@code TO} from the default start. */
    static String[] range(String text, String defaultFrom) {
        int colon = text.indexOf(':');
        return colon < 0 ? new String[] {defaultFrom, text} : new String[] {text.substring(0, colon), text.substring(colon + 1)};
    }

    @Command(name = "upgrade", description = "Apply migrations up to head, an id, or +N.")
    static final class Upgrade implements Callable<Integer> {
        @ParentCommand RetortCommand root;
        @Parameters(index = "0", description = "head, an id, or +N; with --sql, [FROM:]TO") String target;
        @Option(names = "--sql", description = "print the SQL instead of running it") boolean sql;

        @Override
        public Integer call() {
            Retort retort = root.retort();
            if (sql) {
                String[] range = range(target, "base");
                root.out().print(retort.upgradeSql(range[0], range[1]));
            } else {
                retort.upgrade(target);
            }
            root.out().flush();
            return 0;
        }
    }

    @Command(name = "downgrade", description = "Undo migrations down to an id, -N, or base.")
    static final class Downgrade implements Callable<Integer> {
        @ParentCommand RetortCommand root;
        @Parameters(index = "0", description = "-1, -N, an id, or base; with --sql, FROM:TO") String target;
        @Option(names = "--sql", description = "print the SQL instead of running it") boolean sql;

        @Override
        public Integer call() {
            Retort retort = root.retort();
            if (sql) {
                if (!target.contains(":")) {
                    throw new picocli.CommandLine.ParameterException(root.spec.commandLine(),
                            "downgrade --sql needs a range FROM:TO, e.g. head:base");
                }
                String[] range = range(target, "head");
                root.out().print(retort.downgradeSql(range[0], range[1]));
            } else {
                retort.downgrade(target);
            }
            root.out().flush();
            return 0;
        }
    }

    @Command(name = "current", description = "Show where the database is.")
    static final class Current implements Callable<Integer> {
        @ParentCommand RetortCommand root;

        @Override
        public Integer call() {
            Retort retort = root.retort();
            List<String> heads = retort.heads();
            for (String id : retort.current()) {
                root.out().println(id + (heads.contains(id) ? " (head)" : ""));
            }
            root.out().flush();
            return 0;
        }
    }

    @Command(name = "history", description = "List the migrations, newest first.")
    static final class History implements Callable<Integer> {
        @ParentCommand RetortCommand root;
        @Option(names = {"-v", "--verbose"}, description = "show parents, when and by whom applied, checksums")
        boolean verbose;

        @Override
        public Integer call() {
            Retort retort = root.retort();
            List<String> current = retort.current();
            PrintWriter out = root.out();
            for (HistoryEntry entry : retort.history()) {
                String marks = (entry.head() ? " (head)" : "") + (current.contains(entry.id()) ? " (current)" : "")
                        + (entry.known() ? "" : " (unknown)") + (entry.edited() ? " (edited since applied)" : "");
                String parents = entry.revises().isEmpty() ? "<base>" : String.join(", ", entry.revises());
                if (!verbose) {
                    out.println(parents + " -> " + entry.id() + marks + ", " + entry.description());
                    continue;
                }
                out.println("Rev: " + entry.id() + marks);
                out.println("Parent: " + parents);
                out.println(entry.isApplied() ? "Applied: " + entry.applied().appliedAt() + " by "
                        + entry.applied().appliedBy() + " in " + entry.applied().durationMs() + " ms" : "Applied: no");
                out.println("Checksum: " + entry.checksum());
                out.println();
                out.println("    " + entry.description());
                out.println();
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "heads", description = "Show the head of the migrations.")
    static final class Heads implements Callable<Integer> {
        @ParentCommand RetortCommand root;

        @Override
        public Integer call() {
            root.retort().heads().forEach(id -> root.out().println(id + " (head)"));
            root.out().flush();
            return 0;
        }
    }

    @Command(name = "stamp", description = "Record that the database is at an id, head or base, running nothing.")
    static final class Stamp implements Callable<Integer> {
        @ParentCommand RetortCommand root;
        @Parameters(index = "0", description = "an id, head, or base") String target;

        @Override
        public Integer call() {
            root.retort().stamp(target);
            return 0;
        }
    }

    @Command(name = "check", description = "Compare the live schema with the one the entity model expects"
            + " (or, without entities, the one the migrations give).")
    static final class Check implements Callable<Integer> {
        @ParentCommand RetortCommand root;

        @Override
        public Integer call() {
            Retort retort = root.retort();
            List<String> differences = retort.check();
            String against = retort.migrations().modelSchema().isPresent() ? "the model" : "the migrations";
            if (differences.isEmpty()) {
                root.out().println("No differences: the database has the schema of " + against + ".");
                root.out().flush();
                return 0;
            }
            root.out().println(differences.size() + " difference(s) between the database and " + against + ":");
            differences.forEach(d -> root.out().println("  " + d));
            root.out().flush();
            return 1;
        }
    }
}
