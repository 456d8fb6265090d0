package dev.retort.maven;

import dev.retort.runner.RetortException;
import dev.retort.schema.SchemaMisfitException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the project, {@code retort.skip}, and failures as one message. A failure
 * of Retort's (a refused migration, an unknown id, a database error) fails the build with Retort's
 * message, and a stack trace only with Maven's {@code -e}.
 */
abstract class RetortMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Skips the goal. */
    @Parameter(property = "retort.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Retort: skipped (retort.skip)");
            return;
        }
        try {
            run();
        } catch (RetortException | SchemaMisfitException | IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    abstract void run() throws MojoExecutionException, MojoFailureException;

    void print(Iterable<String> lines) {
        lines.forEach(getLog()::info);
    }
}
