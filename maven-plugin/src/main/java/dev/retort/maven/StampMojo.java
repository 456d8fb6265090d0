package dev.retort.maven;

import dev.retort.runner.Retort;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Records that the database is at an id, {@code head} or {@code base}, running nothing. */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class StampMojo extends DatabaseMojo {

    /** An id, {@code head}, or {@code base}. */
    @Parameter(property = "retort.target")
    String target;

    @Override
    void run(Retort retort) throws MojoExecutionException {
        if (target == null || target.isBlank()) {
            throw new MojoExecutionException("stamp needs a target: -Dretort.target=head, an id, or base");
        }
        retort.stamp(target);
    }

    @Override
    String goal() {
        return "stamp";
    }
}
