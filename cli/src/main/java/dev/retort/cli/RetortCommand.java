package dev.retort.cli;

import dev.retort.runner.Retort;
import dev.retort.runner.RetortBuilder;
import dev.retort.runner.RetortException;
import dev.retort.tools.ProjectClassLoader;
import dev.retort.tools.Reports;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code retort}: Alembic's verbs for the migrations of a project's compiled classes. */
@Command(name = "retort", mixinStandardHelpOptions = true, versionProvider = RetortCommand.Version.class,
        description = "Applies a project's migrations, as javac checked them, to a database.",
        subcommands = {RetortCommand.Upgrade.class, RetortCommand.Downgrade.class, RetortCommand.Current.class,
                RetortCommand.History.class, RetortCommand.Heads.class, RetortCommand.Stamp.class,
                RetortCommand.Check.class, RevisionCommand.class})
final class RetortCommand implements Callable<Integer> {

    private static final Path DEFAULT_CLASSES = Path.of("target", "classes");

    @Spec
    CommandSpec spec;

    @Option(names = "--url", scope = ScopeType.INHERIT, description = "JDBC URL, e.g. jdbc:postgresql://host/db")
    String url;

    @Option(names = "--user", scope = ScopeType.INHERIT, description = "database user; the password comes from "
            + PasswordSource.VARIABLE + " or a prompt")
    String user;

    @Option(names = "--finish-interrupted", scope = ScopeType.INHERIT,
            description = "when an earlier run was interrupted in a migration, run the rest of it instead of undoing"
                    + " what it did (the default)")
    boolean finishInterrupted;

    @Option(names = {"--classpath", "-cp"}, scope = ScopeType.INHERIT, paramLabel = "PATH",
            description = "the project's compiled migrations and what they need: class folders and jars, separated"
                    + " as for java -cp (dir/* for every jar in dir); default: the current folder's target/classes")
    String classPath;

    @Option(names = "--package", scope = ScopeType.INHERIT, description = "use only the index of this migrations package")
    String migrationsPackage;

    @Option(names = "--lock-timeout", scope = ScopeType.INHERIT, defaultValue = "60",
            description = "seconds to wait for another runner's lock, 0 to 86400 (default: ${DEFAULT-VALUE})")
    long lockTimeoutSeconds;

    @Option(names = "--ddl-lock-timeout", scope = ScopeType.INHERIT, defaultValue = "10",
            description = "seconds a migration's statement may wait for a table's lock another session holds,"
                    + " 0 to 86400; 0 leaves the database's own (default: ${DEFAULT-VALUE})")
    long ddlLockTimeoutSeconds;

    PasswordSource passwords;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** The project's class loader: --classpath, else target/classes when there is one. */
    ClassLoader projectLoader() {
        return ProjectClassLoader.of(ProjectClassLoader.parse(classPathOrDefault(), "--classpath"),
                RetortCommand.class.getClassLoader());
    }

    private String classPathOrDefault() {
        if (classPath != null) {
            return classPath;
        }
        return Files.isDirectory(DEFAULT_CLASSES) ? DEFAULT_CLASSES.toString() : "";
    }

    /** Refuses a command that needs migrations when the class path gives none: a wrong folder, or no build yet. */
    Retort requireMigrations(Retort retort) {
        if (retort.migrations().order().isEmpty()) {
            String where = classPath != null ? "--classpath " + classPath
                    : Files.isDirectory(DEFAULT_CLASSES) ? DEFAULT_CLASSES + " (the default of --classpath)"
                    : "the class path (there is no " + DEFAULT_CLASSES + " here, and no --classpath)";
            throw new RetortException("there are no migrations in " + where + ": build the project first, or give"
                    + " --classpath its compiled classes");
        }
        return retort;
    }

    Retort retort() {
        if (url == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--url'");
        }
        Duration lockTimeout = seconds("--lock-timeout", lockTimeoutSeconds);
        Duration ddlLockTimeout = seconds("--ddl-lock-timeout", ddlLockTimeoutSeconds);
        RetortBuilder builder = Retort.configure().url(url, user, passwords.passwordFor(user))
                .lockTimeout(lockTimeout)
                .ddlLockTimeout(ddlLockTimeout)
                .classLoader(projectLoader());
        if (migrationsPackage != null) {
            builder.migrationsPackage(migrationsPackage);
        }
        builder.finishInterrupted(finishInterrupted);
        return builder.load();
    }

    private Duration seconds(String option, long seconds) {
        try {
            return RetortBuilder.checkedTimeout(option, Duration.ofSeconds(seconds));
        } catch (RetortException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    int print(List<String> lines) {
        lines.forEach(out()::println);
        out().flush();
        return 0;
    }

    /** {@code FROM:TO}, or {@code TO} from the default start. */
    static String[] range(String text, String defaultFrom) {
        int colon = text.indexOf(':');
        return colon < 0 ? new String[] {defaultFrom, text} : new String[] {text.substring(0, colon), text.substring(colon + 1)};
    }

    /** The version the jar's manifest gives. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RetortCommand.class.getPackage().getImplementationVersion();
            return new String[] {"retort " + (version == null ? "(development build)" : version)};
        }
    }

    @Command(name = "upgrade", description = "Apply migrations up to head, an id, or +N.")
    static final class Upgrade implements Callable<Integer> {
        @ParentCommand RetortCommand root;
        @Parameters(index = "0", description = "head, an id, or +N; with --sql, [FROM:]TO") String target;
        @Option(names = "--sql", description = "print the SQL instead of running it") boolean sql;

        @Override
        public Integer call() {
            Retort retort = root.requireMigrations(root.retort());
            if (sql) {
                String[] range = range(target, "base");
                root.out().print(retort.upgradeSql(range[0], range[1]));
                root.out().flush();
            } else {
                retort.upgrade(target);
            }
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
            if (sql && !target.contains(":")) {
                throw new ParameterException(root.spec.commandLine(),
                        "downgrade --sql needs a range FROM:TO, e.g. head:base");
            }
            Retort retort = root.requireMigrations(root.retort());
            if (sql) {
                String[] range = range(target, "head");
                root.out().print(retort.downgradeSql(range[0], range[1]));
                root.out().flush();
            } else {
                retort.downgrade(target);
            }
            return 0;
        }
    }

    @Command(name = "current", description = "Show where the database is (<base> when nothing is applied).")
    static final class Current implements Callable<Integer> {
        @ParentCommand RetortCommand root;

        @Override
        public Integer call() {
            return root.print(Reports.current(root.retort()));
        }
    }

    @Command(name = "history", description = "List the migrations, newest first.")
    static final class History implements Callable<Integer> {
        @ParentCommand RetortCommand root;
        @Option(names = {"-v", "--verbose"}, description = "show parents, when and by whom applied, checksums")
        boolean verbose;

        @Override
        public Integer call() {
            return root.print(Reports.history(root.retort(), verbose));
        }
    }

    @Command(name = "heads", description = "Show the head of the migrations.")
    static final class Heads implements Callable<Integer> {
        @ParentCommand RetortCommand root;

        @Override
        public Integer call() {
            return root.print(Reports.heads(root.retort()));
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
            + " (or, without entities, the one the migrations give); exit code 1 when they differ.")
    static final class Check implements Callable<Integer> {
        @ParentCommand RetortCommand root;

        @Override
        public Integer call() {
            Reports.CheckReport report = Reports.check(root.retort());
            root.print(report.lines());
            return report.matches() ? 0 : 1;
        }
    }
}
