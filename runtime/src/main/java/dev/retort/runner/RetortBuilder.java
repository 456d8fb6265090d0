package dev.retort.runner;

import dev.retort.migration.MigrationIndex;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Settings for a {@link Retort}: where the database is, which indexes to use, how long to wait for
 * the lock. {@link #load()} finds the migrations.
 */
public final class RetortBuilder {

    private ConnectionSource connections;
    private String url;
    private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    private Predicate<MigrationIndex> indexFilter = index -> true;
    /** The longest wait either timeout allows: a day, in seconds. */
    public static final long MAX_TIMEOUT_SECONDS = 86_400;

    private Duration lockTimeout = Duration.ofSeconds(60);
    private Duration ddlLockTimeout = Duration.ofSeconds(10);
    private String appliedBy = System.getProperty("user.name", "unknown");
    private boolean finishInterrupted;

    RetortBuilder() {}

    public RetortBuilder dataSource(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        this.connections = dataSource::getConnection;
        return this;
    }

    /** A JDBC URL, user and password; the password is kept only to connect and never shown. */
    public RetortBuilder url(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "url");
        this.connections = user == null ? () -> DriverManager.getConnection(url)
                : () -> DriverManager.getConnection(url, user, password == null ? "" : password);
        return this;
    }

    public RetortBuilder url(String url) {
        return url(url, null, null);
    }

    /** Only the index of this package (the processor writes one per module, in its migrations' package). */
    public RetortBuilder migrationsPackage(String packageName) {
        this.indexFilter = index -> index.packageName().equals(packageName);
        return this;
    }

    public RetortBuilder classLoader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        return this;
    }

    /** How long to wait for another runner's lock; a minute unless set. */
    public RetortBuilder lockTimeout(Duration lockTimeout) {
        this.lockTimeout = checkedTimeout("lockTimeout", lockTimeout);
        return this;
    }

    /**
     * How long one statement of a migration may wait for a lock on a table (or a row) that another
     * session holds, before the migration fails and is undone: while it waits, every query on that
     * table waits behind it. Ten seconds unless set, as strong_migrations has it; zero leaves the
     * database's own setting (PostgreSQL waits for ever). H2 keeps its own {@code LOCK_TIMEOUT}.
     */
    public RetortBuilder ddlLockTimeout(Duration ddlLockTimeout) {
        this.ddlLockTimeout = checkedTimeout("ddlLockTimeout", ddlLockTimeout);
        return this;
    }

    /**
     * A timeout within 0 and a day; anything else is refused in one line that gives the range.
     * The CLI, the Maven plugin and the starter check theirs with it, naming their own option.
     */
    public static Duration checkedTimeout(String option, Duration timeout) {
        Objects.requireNonNull(timeout, option);
        if (timeout.isNegative() || timeout.compareTo(Duration.ofSeconds(MAX_TIMEOUT_SECONDS)) > 0) {
            throw new RetortException(option + " must be from 0 to " + MAX_TIMEOUT_SECONDS + " seconds (a day), not "
                    + describe(timeout));
        }
        return timeout;
    }

    private static String describe(Duration timeout) {
        return timeout.getNano() == 0 ? timeout.getSeconds() + " seconds" : timeout.toMillis() + " ms";
    }

    /** Who the history says applied a migration; the user name of the process unless set. */
    public RetortBuilder appliedBy(String appliedBy) {
        this.appliedBy = Objects.requireNonNull(appliedBy, "appliedBy");
        return this;
    }

    /**
     * What to do with a migration an earlier run was interrupted in: by default its changes are undone
     * (and the command then runs as asked); with {@code true} the rest of its operations run.
     */
    public RetortBuilder finishInterrupted(boolean finish) {
        this.finishInterrupted = finish;
        return this;
    }

    public Retort load() {
        if (connections == null) {
            throw new RetortException("no database: give a dataSource or a url");
        }
        return new Retort(new H2FileContention(connections, lockTimeout), url, Migrations.load(classLoader, indexFilter),
                lockTimeout, ddlLockTimeout, appliedBy, finishInterrupted);
    }
}
