package dev.retort.showplanner.demo;

import dev.retort.cli.Cli;
import dev.retort.cli.PasswordSource;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The quick start: javac with Retort's processor builds the show planner, refuses an unsafe change
 * and writes the migration to review, then the command line migrates an H2 database file up, down
 * and up. Run it with {@code ./demo.sh} from the repository's root.
 */
public final class Demo {

    private final Path module;
    private final Path work;
    private final PrintStream out;

    Demo(Path module, PrintStream out) {
        this.module = module;
        this.work = module.resolve("target/demo");
        this.out = out;
    }

    /** @param args the {@code integration-tests} folder, relative to the working directory */
    public static void main(String[] args) {
        // Before the first logger: one short line per migration, on standard output.
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.out");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showLogName", "false");
        new Demo(Path.of(args.length > 0 ? args[0] : "integration-tests"), System.out).run();
    }

    void run() {
        ProjectCopy project = ProjectCopy.of(module.resolve("src/main/java"), work.resolve("project"));
        Path skeletons = work.resolve("skeletons");
        Javac javac = new Javac(ClassPaths.withoutShowPlanner(),
                List.of("-Aretort.naming=snake", "-Aretort.skeletons=" + skeletons));

        section("1. javac builds the show planner (" + count(project, "model") + " model classes, "
                + count(project, "migrations") + " migrations) with Retort's processor");
        compile(javac, project);

        section("2. A field is added to User, and no migration: javac refuses the build and writes the migration");
        out.println("+ private String phone;   // in User, under passwordHash");
        project.edit("model/User", "    private String passwordHash;\n",
                "    private String passwordHash;\n\n    private String phone;\n");
        compile(javac, project);
        Path skeleton = onlyFile(skeletons);
        out.println("--- " + module.relativize(skeleton));
        out.print(read(skeleton));

        String name = skeleton.getFileName().toString().replace(".java", "");
        section("3. The skeleton moved into the sources as it is: not until it is reviewed");
        project.put("migrations/" + name, read(skeleton));
        compile(javac, project);

        section("4. Reviewed: @Unreviewed deleted. The build passes");
        project.deleteLine("migrations/" + name, "@Unreviewed(").deleteLine("migrations/" + name, "import dev.retort.annotation.Unreviewed;");
        compile(javac, project);

        section("5. The command line migrates an H2 database file (the show planner as built by Maven)");
        String url = "jdbc:h2:file:./" + module.resolve("target/demo/showplanner");
        retort(url, "upgrade", "head");
        retort(url, "downgrade", "-1");
        retort(url, "upgrade", "head");
        retort(url, "history");
        retort(url, "check");
    }

    private void compile(Javac javac, ProjectCopy project) {
        out.println("$ javac -processorpath retort-processor.jar:... -Aretort.naming=snake -d classes $(find src -name '*.java')");
        Javac.Result result = javac.compile(project.sources(), work.resolve("classes"));
        if (result.problems().isEmpty()) {
            out.println("(no diagnostics)");
        }
        result.problems().forEach(p -> out.println(p.format(project.sources())));
        out.println(result.success() ? "BUILD SUCCESS" : "BUILD FAILURE");
    }

    private void retort(String url, String... command) {
        StringBuilder line = new StringBuilder("$ retort --url " + url);
        for (String word : command) {
            line.append(' ').append(word);
        }
        out.println();
        out.println(line);
        String[] args = Stream.concat(Stream.of("--url", url), Stream.of(command)).toArray(String[]::new);
        int code = new Cli(new PrintWriter(out, true), new PrintWriter(out, true),
                new PasswordSource(Map.of(), question -> null)).run(args);
        if (code != 0) {
            throw new IllegalStateException("retort " + String.join(" ", command) + " exited with " + code);
        }
    }

    private void section(String title) {
        out.println();
        out.println("==> " + title);
    }

    private static long count(ProjectCopy project, String pkg) {
        try (Stream<Path> files = Files.list(project.sources().resolve("dev/retort/showplanner/" + pkg))) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path onlyFile(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).toList();
            if (files.size() != 1) {
                throw new IllegalStateException("expected one skeleton in " + folder + ", found " + files);
            }
            return files.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
