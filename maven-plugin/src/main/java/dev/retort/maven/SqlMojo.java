package dev.retort.maven;

import dev.retort.runner.Retort;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the SQL of an upgrade (or a downgrade) for a DBA to review or run, history statements
 * included, without connecting: the URL only names the database's kind.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class SqlMojo extends DatabaseMojo {

    /** Where the script starts: {@code base} or an id for an upgrade; {@code head} or an id for a downgrade. */
    @Parameter(property = "retort.from")
    String from;

    /** Where it ends: {@code head} or an id for an upgrade; an id or {@code base} for a downgrade. */
    @Parameter(property = "retort.to")
    String to;

    /** The script of a downgrade, from {@code from} (default head) down to {@code to}. */
    @Parameter(property = "retort.downgrade", defaultValue = "false")
    boolean downgrade;

    /** The file to write. */
    @Parameter(property = "retort.output", defaultValue = "${project.build.directory}/retort/migration.sql")
    File output;

    @Override
    void run(Retort retort) throws MojoExecutionException {
        requireMigrations(retort);
        String script;
        if (downgrade) {
            if (to == null) {
                throw new MojoExecutionException("the SQL of a downgrade needs where it ends: -Dretort.to=base or an id");
            }
            script = retort.downgradeSql(from == null ? "head" : from, to);
        } else {
            script = retort.upgradeSql(from == null ? "base" : from, to == null ? "head" : to);
        }
        try {
            Files.createDirectories(output.toPath().toAbsolutePath().getParent());
            Files.writeString(output.toPath(), script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + output + ": " + e.getMessage(), e);
        }
        getLog().info("Wrote the SQL of the " + (downgrade ? "downgrade" : "upgrade") + " to " + output);
    }

    @Override
    String goal() {
        return "sql";
    }
}
