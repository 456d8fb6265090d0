package dev.retort.maven;

import dev.retort.runner.Retort;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Applies the migrations up to {@code head}, an id, or {@code +N}. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class UpgradeMojo extends DatabaseMojo {

    /** {@code head}, an id (or its unique start), or {@code +N}. */
    @Parameter(property = "retort.target", defaultValue = "head")
    String target;

    @Override
    void run(Retort retort) {
        requireMigrations(retort);
        if (retort.upgrade(target).isEmpty()) {
            getLog().info("Already at " + target + ": nothing to upgrade");
        }
    }

    @Override
    String goal() {
        return "upgrade";
    }
}
