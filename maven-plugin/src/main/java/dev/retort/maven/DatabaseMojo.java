package dev.retort.maven;

import dev.retort.runner.Retort;
import dev.retort.runner.RetortBuilder;
import dev.retort.runner.RetortException;
import dev.retort.tools.ProjectClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * A goal on the database: the migrations are the module's compiled classes with its runtime class
 * path (JDBC driver included), the connection from the pom, {@code -D} properties or a
 * {@code settings.xml} server.
 */
abstract class DatabaseMojo extends RetortMojo {

    /** The JDBC URL, e.g. {@code jdbc:postgresql://localhost/app}. */
    @Parameter(property = "retort.url")
    String url;

    /** The database user; when absent, the server's username. */
    @Parameter(property = "retort.user")
    String user;

    /** The password; when absent, the server's, else the environment's {@code RETORT_PASSWORD}. */
    @Parameter(property = "retort.password")
    String password;

    /** The id of a {@code <server>} in settings.xml whose username and password (encrypted or not) to use. */
    @Parameter(property = "retort.serverId")
    String serverId;

    /** Only the migrations of this package (one index is generated per migrations package). */
    @Parameter(property = "retort.migrationsPackage")
    String migrationsPackage;

    /** Seconds to wait for another runner's lock, 0 to 86400. */
    @Parameter(property = "retort.lockTimeout", defaultValue = "60")
    long lockTimeout;

    /**
     * Seconds a migration's statement may wait for a table's lock another session holds, 0 to 86400;
     * 0 leaves the database's own.
     */
    @Parameter(property = "retort.ddlLockTimeout", defaultValue = "10")
    long ddlLockTimeout;

    /**
     * When an earlier run was interrupted in the middle of a migration (its history row still
     * upgrading or downgrading), the next upgrade or downgrade runs the rest of it instead of undoing it.
     */
    @Parameter(property = "retort.finishInterrupted", defaultValue = "false")
    boolean finishInterrupted;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    @Component
    SettingsDecrypter decrypter;

    @Override
    final void run() throws MojoExecutionException, MojoFailureException {
        run(retort());
    }

    abstract void run(Retort retort) throws MojoExecutionException, MojoFailureException;

    private Retort retort() throws MojoExecutionException {
        if (url == null || url.isBlank()) {
            throw new MojoExecutionException("Retort needs the database's JDBC URL: set <url> in the plugin's"
                    + " configuration, or -Dretort.url=jdbc:...");
        }
        Duration lockWait = seconds("retort.lockTimeout", lockTimeout);
        Duration ddlLockWait = seconds("retort.ddlLockTimeout", ddlLockTimeout);
        String login = user;
        String secret = password;
        if (serverId != null && !serverId.isBlank()) {
            Server server = server(serverId);
            login = login != null ? login : server.getUsername();
            secret = secret != null ? secret : server.getPassword();
        }
        if (secret == null && login != null) {
            secret = System.getenv("RETORT_PASSWORD");
        }
        RetortBuilder builder = Retort.configure().url(url, login, secret)
                .lockTimeout(lockWait)
                .ddlLockTimeout(ddlLockWait)
                .finishInterrupted(finishInterrupted)
                .classLoader(projectLoader());
        if (migrationsPackage != null && !migrationsPackage.isBlank()) {
            builder.migrationsPackage(migrationsPackage);
        }
        return builder.load();
    }

    private static Duration seconds(String property, long seconds) throws MojoExecutionException {
        try {
            return RetortBuilder.checkedTimeout(property, Duration.ofSeconds(seconds));
        } catch (RetortException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    private Server server(String id) throws MojoExecutionException {
        Server server = settings == null ? null : settings.getServer(id);
        if (server == null) {
            throw new MojoExecutionException("settings.xml has no <server> with the id " + id + " (retort.serverId):"
                    + " add one with its <username> and <password>");
        }
        SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : decrypted.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoExecutionException("the password of the server " + id + " cannot be decrypted: "
                        + problem.getMessage());
            }
        }
        return decrypted.getServer();
    }

    private ClassLoader projectLoader() throws MojoExecutionException {
        try {
            List<Path> paths = project.getRuntimeClasspathElements().stream().map(Path::of)
                    .filter(p -> p.toFile().exists()).toList();
            return ProjectClassLoader.of(paths, getClass().getClassLoader());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the runtime class path of " + project.getArtifactId()
                    + " is not resolved: " + e.getMessage(), e);
        }
    }

    /** Refuses a command that needs migrations when the class path has none: the module was not compiled. */
    void requireMigrations(Retort retort) {
        if (retort.migrations().order().isEmpty()) {
            throw new RetortException("there are no migrations on the class path of " + project.getArtifactId()
                    + ": compile the module first (mvn compile retort:" + goal() + ")");
        }
    }

    abstract String goal();
}
