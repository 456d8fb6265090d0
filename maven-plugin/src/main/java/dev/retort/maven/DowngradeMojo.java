package dev.retort.maven;

import dev.retort.runner.Retort;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Undoes migrations down to an id (which stays applied), {@code -N}, or {@code base}. */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class DowngradeMojo extends DatabaseMojo {

    /** {@code -1}, {@code -N}, an id, or {@code base}; there is no default, as undoing is never implied. */
    @Parameter(property = "retort.target")
    String target;

    @Override
    void run(Retort retort) throws MojoExecutionException {
        if (target == null || target.isBlank()) {
            throw new MojoExecutionException("downgrade needs a target: -Dretort.target=-1, -N, an id, or base");
        }
        requireMigrations(retort);
        if (retort.downgrade(target).isEmpty()) {
            getLog().info("Already at " + target + ": nothing to downgrade");
        }
    }

    @Override
    String goal() {
        return "downgrade";
    }
}
