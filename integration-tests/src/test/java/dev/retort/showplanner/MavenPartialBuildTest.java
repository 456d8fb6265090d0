package dev.retort.showplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.showplanner.demo.ClassPaths;
import dev.retort.showplanner.demo.Javac;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The show planner as a user's Maven project with {@code useIncrementalCompilation=false}: after a
 * full build, Maven compiles only the sources that changed, with target/classes on the class path.
 * A real {@code mvn} run each time; its findings and Retort's outputs are those of a full build of
 * the same sources (javac, as {@link PartialBuildMatrixTest} compares them).
 */
class MavenPartialBuildTest {

    private static final Path WORK = Path.of("target/maven-partial-build").toAbsolutePath();
    private static final Pattern LINE = Pattern.compile(
            "^\\[(ERROR|WARNING)] (?:(/[^:]+\\.java):(?:\\[(\\d+),\\d+])? )?(.*)$");
    private static final Pattern AT = Pattern.compile(" \\(at ([^:()]+):(\\d+)\\)");
    private static final List<String> OUTPUTS = List.of("META-INF/retort/schema.json", "META-INF/retort/index",
            "META-INF/retort/module");

    private static Path baseline;

    @BeforeAll
    static void buildOnceInFull() throws Exception {
        deleteTree(WORK);
        baseline = WORK.resolve("baseline");
        ShowPlannerProject.copyTo(baseline.resolve("src-copy"));
        Path sources = baseline.resolve("src/main/java");
        copyTree(baseline.resolve("src-copy/src"), sources);
        deleteTree(baseline.resolve("src-copy"));
        Files.writeString(baseline.resolve("pom.xml"), pom(baseline.resolve("target/retort-skeletons")));
        Run run = mvn(baseline);
        assertEquals(0, run.exit(), run.output());
        assertEquals(List.of(), findings(run, baseline), run.output());
    }

    @Test
    void aNewFieldFailsTheBuildWithDriftAndTheOutputsAreWhole() throws Exception {
        Path project = copyOfBaseline("new-field");
        edit(project, "model/User.java", "    private String passwordHash;\n",
                "    private String passwordHash;\n\n    private String phone;\n");
        Run run = mvn(project);
        assertTrue(run.output().contains("Compiling 1 source file"), run.output());
        assertTrue(run.exit() != 0, "drift must fail the build: " + run.output());
        assertSameAsFullBuild(project, run);

        // Built again, Retort uses what the first build kept of the migrations, under generated-sources.
        assertTrue(Files.exists(project.resolve(
                "target/generated-sources/annotations/META-INF/retort/replay-results")));
        Run again = mvn(project);
        assertTrue(again.output().contains("Compiling 1 source file"), again.output());
        assertTrue(again.exit() != 0, "drift must fail the build again: " + again.output());
        assertEquals(findings(run, project), findings(again, project), again.output());
    }

    @Test
    void anEditedMigrationIsCheckedAgainstTheWholeModule() throws Exception {
        Path project = copyOfBaseline("edited-migration");
        edit(project, "migrations/FixLastUpdate.java",
                "        op.renameColumn(\"shows\", \"last_update\", \"updated_at\");\n", "");
        Run run = mvn(project);
        assertTrue(run.output().contains("Compiling 1 source file"), run.output());
        assertSameAsFullBuild(project, run);
    }

    @Test
    void aRemovedDataPreservedNoteIsTheFullBuildsError() throws Exception {
        Path project = copyOfBaseline("removed-note");
        edit(project, "migrations/UpdateUserPermissionModel.java",
                "@DataPreserved(table = \"user_permissions\", column = \"permission\",\n        note = \"copied to"
                        + " permission_id: each name became the id of the permission of that name (created when"
                        + " missing)\")\n", "");
        Run run = mvn(project);
        assertTrue(run.exit() != 0, run.output());
        assertSameAsFullBuild(project, run);
    }

    @Test
    void aNewMigrationAndItsEntityChangeJoinTheIndex() throws Exception {
        Path project = copyOfBaseline("new-migration");
        edit(project, "model/Show.java", "    @Column(length = 200)\n    private String venue;\n",
                "    @Column(length = 200)\n    private String venue;\n\n    private Integer seats;\n");
        Files.writeString(project.resolve("src/main/java/dev/retort/showplanner/migrations/AddSeats.java"), """
                package dev.retort.showplanner.migrations;

                import static dev.retort.migration.Dsl.*;

                import dev.retort.annotation.Migration;
                import dev.retort.migration.MigrationScript;
                import dev.retort.migration.Ops;

                /** How many seats a show's venue has. */
                @Migration(id = "aa11bb22cc33", revises = "e141f13156c7", description = "add seats")
                public class AddSeats implements MigrationScript {

                    @Override
                    public void upgrade(Ops op) {
                        op.addColumn("shows", column("seats", INTEGER));
                    }

                    @Override
                    public void downgrade(Ops op) {
                        op.dropColumn("shows", "seats");
                    }
                }
                """);
        Run run = mvn(project);
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("Compiling 2 source files"), run.output());
        assertSameAsFullBuild(project, run);
        assertTrue(Files.readString(project.resolve("target/classes/META-INF/retort/index"))
                .contains("aa11bb22cc33\te141f13156c7\tdev.retort.showplanner.migrations.AddSeats"));
    }

    private static void assertSameAsFullBuild(Path project, Run run) throws IOException {
        ShowPlannerProject full = ShowPlannerProject.copyTo(project.resolve("full-build"));
        deleteTree(full.copy.sources());
        copyTree(project.resolve("src/main/java"), full.copy.sources());
        Javac.Result expected = new Javac(ClassPaths.withoutShowPlanner(),
                List.of("-Aretort.naming=snake", "-Aretort.skeletons=" + full.skeletons())).compile(full.copy.sources(),
                full.classes());
        List<String> wanted = new ArrayList<>();
        for (Javac.Problem problem : expected.problems()) {
            String where = problem.file() == null ? ""
                    : full.copy.sources().toAbsolutePath().relativize(problem.file()) + ":" + problem.line();
            String first = problem.message().lines().findFirst().orElse("")
                    .replace(full.skeletons().toString(), "<skeletons>");
            wanted.add(where + ": " + (problem.kind() == javax.tools.Diagnostic.Kind.ERROR ? "ERROR" : "WARNING")
                    + ": " + first);
        }
        assertEquals(wanted, findings(run, project), run.output());
        for (String output : OUTPUTS) {
            Path built = project.resolve("target/classes").resolve(output);
            Path reference = full.classes().resolve(output);
            assertEquals(Files.exists(reference) ? Files.readString(reference) : "(none)",
                    Files.exists(built) ? Files.readString(built) : "(none)", output);
        }
    }

    /** Retort's diagnostics in Maven's output, as {@code file:line: KIND: first line of the message}. */
    private static List<String> findings(Run run, Path project) {
        Path sources = project.resolve("src/main/java");
        List<String> found = new ArrayList<>();
        for (String line : run.output().lines().toList()) {
            Matcher m = LINE.matcher(line);
            if (!m.matches() || !m.group(4).startsWith("[retort")) {
                continue;
            }
            String message = m.group(4).replace(project.resolve("target/retort-skeletons").toString(), "<skeletons>");
            String where = m.group(3) == null ? "" : sources.relativize(Path.of(m.group(2))) + ":" + m.group(3);
            Matcher at = AT.matcher(message);
            if (m.group(3) == null && at.find()) {
                where = at.group(1) + ":" + at.group(2);
                message = message.substring(0, at.start()) + message.substring(at.end());
            }
            found.add(where + ": " + m.group(1) + ": " + message);
        }
        return found.stream().distinct().toList();
    }

    private static Path copyOfBaseline(String name) throws IOException {
        Path project = WORK.resolve(name);
        copyTree(baseline, project);
        Files.writeString(project.resolve("pom.xml"), pom(project.resolve("target/retort-skeletons")));
        // Maven compiles what is newer than its class file: make the edit newer than the build.
        return project;
    }

    private static void edit(Path project, String file, String from, String to) throws IOException {
        Path path = project.resolve("src/main/java/dev/retort/showplanner/" + file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " lacks " + from);
        Files.writeString(path, text.replace(from, to));
        Files.setLastModifiedTime(path, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 2000));
    }

    record Run(int exit, String output) {}

    private static Run mvn(Path project) throws Exception {
        Path log = project.resolve("mvn.log");
        Process process = new ProcessBuilder("mvn", "-B", "-o", "compile").directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn did not finish in 5 minutes in " + project);
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The jar (or folder) on this JVM's class path that holds a class. */
    private static String entryWith(String classFile) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar") ? jarHolds(entry, classFile)
                        : Files.exists(Path.of(entry, classFile)))
                .findFirst().orElseThrow(() -> new IllegalStateException("no class path entry holds " + classFile));
    }

    private static boolean jarHolds(String jar, String classFile) {
        try (var file = new java.util.jar.JarFile(jar)) {
            return file.getEntry(classFile) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** A user's pom: Retort's processor and runtime from this build, useIncrementalCompilation off. */
    private static String pom(Path skeletons) {
        String annotations = entryWith("dev/retort/annotation/Migration.class");
        String runtime = entryWith("dev/retort/migration/Ops.class");
        String processorPath = Stream.of("dev/retort/processor/RetortProcessor.class", "dev/retort/migration/Ops.class",
                        "dev/retort/annotation/Migration.class", "com/palantir/javapoet/JavaFile.class",
                        "com/fasterxml/jackson/core/JsonFactory.class")
                .map(MavenPartialBuildTest::entryWith).distinct().collect(Collectors.joining(File.pathSeparator));
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>example</groupId>
                  <artifactId>show-planner</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>jakarta.persistence</groupId>
                      <artifactId>jakarta.persistence-api</artifactId>
                      <version>3.1.0</version>
                    </dependency>
                    <dependency>
                      <groupId>dev.retort</groupId>
                      <artifactId>retort-annotations</artifactId>
                      <version>local</version>
                      <scope>system</scope>
                      <systemPath>%s</systemPath>
                    </dependency>
                    <dependency>
                      <groupId>dev.retort</groupId>
                      <artifactId>retort-runtime</artifactId>
                      <version>local</version>
                      <scope>system</scope>
                      <systemPath>%s</systemPath>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-resources-plugin</artifactId>
                        <version>3.3.1</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>3.13.0</version>
                        <configuration>
                          <useIncrementalCompilation>false</useIncrementalCompilation>
                          <compilerArgs>
                            <arg>-processorpath</arg>
                            <arg>%s</arg>
                            <arg>-Aretort.naming=snake</arg>
                            <arg>-Aretort.skeletons=%s</arg>
                          </compilerArgs>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(annotations, runtime, processorPath, skeletons);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
