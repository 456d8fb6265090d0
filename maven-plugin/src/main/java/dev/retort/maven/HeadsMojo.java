package dev.retort.maven;

import dev.retort.runner.Retort;
import dev.retort.tools.Reports;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Shows the head of the migrations. */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class HeadsMojo extends DatabaseMojo {

    @Override
    void run(Retort retort) {
        print(Reports.heads(retort));
    }

    @Override
    String goal() {
        return "heads";
    }
}
