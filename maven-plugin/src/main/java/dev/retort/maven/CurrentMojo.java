package dev.retort.maven;

import dev.retort.runner.Retort;
import dev.retort.tools.Reports;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Shows where the database is: its current id, or {@code <base>}. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class CurrentMojo extends DatabaseMojo {

    @Override
    void run(Retort retort) {
        print(Reports.current(retort));
    }

    @Override
    String goal() {
        return "current";
    }
}
