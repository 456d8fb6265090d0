package dev.retort.maven;

import dev.retort.runner.Retort;
import dev.retort.tools.Reports;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Lists the migrations, newest first, with what the database has applied. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class HistoryMojo extends DatabaseMojo {

    /** Shows parents, when and by whom each was applied, and checksums. */
    @Parameter(property = "retort.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    void run(Retort retort) {
        print(Reports.history(retort, verbose));
    }

    @Override
    String goal() {
        return "history";
    }
}
