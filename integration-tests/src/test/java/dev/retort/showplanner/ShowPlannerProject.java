package dev.retort.showplanner;

import dev.retort.showplanner.demo.ClassPaths;
import dev.retort.showplanner.demo.Javac;
import dev.retort.showplanner.demo.ProjectCopy;
import java.nio.file.Path;
import java.util.List;

/** A copy of the show planner in a test's folder, compiled by real javac as the project's Maven build compiles it. */
final class ShowPlannerProject {

    final ProjectCopy copy;
    final Path folder;

    private ShowPlannerProject(ProjectCopy copy, Path folder) {
        this.copy = copy;
        this.folder = folder;
    }

    static ShowPlannerProject copyTo(Path folder) {
        return new ShowPlannerProject(ProjectCopy.of(Path.of("src/main/java"), folder), folder);
    }

    Path skeletons() {
        return folder.resolve("skeletons");
    }

    Path classes() {
        return folder.resolve("classes");
    }

    Javac.Result compile() {
        return new Javac(ClassPaths.withoutShowPlanner(),
                List.of("-Aretort.naming=snake", "-Aretort.skeletons=" + skeletons())).compile(copy.sources(), classes());
    }
}
