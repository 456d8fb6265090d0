package dev.retort.maven;

import dev.retort.runner.Retort;
import dev.retort.tools.Reports;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compares the live schema with the one the entity model expects (or, without entities, the one the
 * migrations give); fails the build when they differ.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class CheckMojo extends DatabaseMojo {

    @Override
    void run(Retort retort) throws MojoFailureException {
        Reports.CheckReport report = Reports.check(retort);
        if (report.matches()) {
            print(report.lines());
            return;
        }
        throw new MojoFailureException(String.join("\n", report.lines()));
    }

    @Override
    String goal() {
        return "check";
    }
}
