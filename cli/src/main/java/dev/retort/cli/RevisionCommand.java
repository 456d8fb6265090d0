package dev.retort.cli;

import dev.retort.tools.ProjectClassLoader;
import dev.retort.tools.revision.NewRevision;
import dev.retort.tools.revision.Revisions;
import dev.retort.tools.revision.WrittenRevision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code retort revision -m "..."}: a new migration in the sources, after the head. */
@Command(name = "revision", description = "Write a new migration into the sources: empty, after the head (a merge"
        + " when there are several heads), or with --autogenerate what closes the model's drift.")
final class RevisionCommand implements Callable<Integer> {

    @ParentCommand RetortCommand root;

    @Option(names = {"-m", "--message"}, required = true, description = "what the migration changes; its"
            + " description and class name") String message;

    @Option(names = "--autogenerate", description = "write the operations that close the drift between the"
            + " migrations and the entity model (still @Unreviewed); the sources are compiled against --classpath")
    boolean autogenerate;

    @Option(names = "--sources", defaultValue = "src/main/java", paramLabel = "DIR",
            description = "the source folder (default: ${DEFAULT-VALUE})") Path sources;

    @Option(names = "--migrations-package", paramLabel = "PACKAGE", description = "the package of the first"
            + " migration (default: the entities' package + .migrations)") String packageName;

    @Option(names = "-A", paramLabel = "retort.OPTION=VALUE", description = "a processor option of the build, for"
            + " --autogenerate, e.g. -A retort.naming=snake") List<String> processorOptions = new ArrayList<>();

    @Override
    public Integer call() {
        List<Path> classPath = root.classPath == null ? List.of()
                : ProjectClassLoader.parse(root.classPath, "--classpath");
        List<String> options = processorOptions.stream().map(o -> o.startsWith("-A") ? o : "-A" + o).toList();
        WrittenRevision written = Revisions.create(new NewRevision(message, autogenerate, List.of(sources),
                Optional.ofNullable(packageName), classPath, options));
        root.out().println(written.describe());
        root.out().flush();
        return 0;
    }
}
