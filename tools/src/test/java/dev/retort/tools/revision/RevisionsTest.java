package dev.retort.tools.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.processor.RetortProcessor;
import dev.retort.runner.RetortException;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** revision on real sources: what it writes, and what the build then says of it. */
class RevisionsTest {

    private static final String USER = """
            package app.model;

            import jakarta.persistence.Entity;
            import jakarta.persistence.Id;
            import jakarta.persistence.Table;

            @Entity
            @Table(name = "users")
            public class User {
                @Id private Long id;
                private String name;%s
            }
            """;

    private static final String CREATE_USERS = """
            package app.migrations;

            import static dev.retort.migration.Dsl.*;

            import dev.retort.annotation.Migration;
            import dev.retort.migration.MigrationScript;
            import dev.retort.migration.Ops;

            @Migration(id = "aaaaaaaaaaaa", description = "create users")
            public final class CreateUsers implements MigrationScript {
                @Override public void upgrade(Ops op) {
                    op.createTable("users", column("id", BIGINT).primaryKey(), column("name", varchar(255)));
                }

                @Override public void downgrade(Ops op) {
                    op.dropTable("users");
                }
            }
            """;

    @TempDir
    Path project;

    private Path sources() {
        return project.resolve("src/main/java");
    }

    private void write(String path, String text) throws IOException {
        Path file = sources().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private WrittenRevision revision(String message, boolean autogenerate) {
        List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        return Revisions.create(new NewRevision(message, autogenerate, List.of(sources()), Optional.empty(), classPath,
                List.of()));
    }

    @Test
    void anEmptyRevisionFollowsTheHeadAndTheBuildRefusesItUntilWritten() throws IOException {
        write("app/model/User.java", USER.formatted(""));
        write("app/migrations/CreateUsers.java", CREATE_USERS);
        WrittenRevision written = revision("add phone to users", false);
        assertEquals(sources().resolve("app/migrations/AddPhoneToUsers.java"), written.file());
        assertEquals(List.of("aaaaaaaaaaaa"), written.revises());
        assertTrue(written.id().matches("[0-9a-f]{12}"), written.id());
        String text = Files.readString(written.file());
        assertTrue(text.contains("@Migration(\n        id = \"" + written.id() + "\",\n        revises = \"aaaaaaaaaaaa\",\n"
                + "        description = \"add phone to users\"\n)\npublic final class AddPhoneToUsers implements"
                + " MigrationScript {"), text);
        assertTrue(text.contains("import static dev.retort.migration.Dsl.*;"), text);
        String log = compileFails();
        assertTrue(log.contains("AddPhoneToUsers.java:") && log.contains("[retort:missing-downgrade] AddPhoneToUsers"
                + " does nothing: write its upgrade, and a downgrade that undoes it"), log);
        assertEquals("Wrote " + written.file() + ": AddPhoneToUsers (id " + written.id()
                + ", revises aaaaaaaaaaaa). Write its upgrade and downgrade.", written.describe());
    }

    @Test
    void twoHeadsGetAMergeThatMayStayEmpty() throws IOException {
        write("app/migrations/CreateUsers.java", CREATE_USERS);
        write("app/migrations/CreateTags.java", CREATE_USERS.replace("CreateUsers", "CreateTags")
                .replace("\"aaaaaaaaaaaa\"", "\"bbbbbbbbbbbb\", revises = \"aaaaaaaaaaaa\"").replace("create users", "create tags")
                .replace("op.createTable(\"users\", column(\"id\", BIGINT).primaryKey(), column(\"name\", varchar(255)))",
                        "op.createTable(\"tags\", column(\"id\", BIGINT).primaryKey())")
                .replace("op.dropTable(\"users\")", "op.dropTable(\"tags\")"));
        write("app/migrations/CreateNotes.java", CREATE_USERS.replace("CreateUsers", "CreateNotes")
                .replace("\"aaaaaaaaaaaa\"", "\"cccccccccccc\", revises = \"aaaaaaaaaaaa\"").replace("create users", "create notes")
                .replace("op.createTable(\"users\", column(\"id\", BIGINT).primaryKey(), column(\"name\", varchar(255)))",
                        "op.createTable(\"notes\", column(\"id\", BIGINT).primaryKey())")
                .replace("op.dropTable(\"users\")", "op.dropTable(\"notes\")"));
        WrittenRevision written = revision("merge tags and notes", false);
        assertEquals(List.of("bbbbbbbbbbbb", "cccccccccccc"), written.revises());
        assertTrue(Files.readString(written.file()).contains("revises = {\"bbbbbbbbbbbb\", \"cccccccccccc\"},"));
        assertTrue(!compileSucceeds().contains("error"));
    }

    @Test
    void theFirstMigrationGoesBesideTheEntities() throws IOException {
        write("app/model/User.java", USER.formatted(""));
        WrittenRevision written = revision("create users", false);
        assertEquals(sources().resolve("app/model/migrations/CreateUsers.java"), written.file());
        assertEquals(List.of(), written.revises());
        assertTrue(Files.readString(written.file()).contains("@Migration(\n        id = \"" + written.id()
                + "\",\n        description = \"create users\"\n)"));
    }

    @Test
    void autogenerateWritesTheDriftUnderTheMessageStillUnreviewed() throws IOException {
        write("app/model/User.java", USER.formatted("\n    private String phone;"));
        write("app/migrations/CreateUsers.java", CREATE_USERS);
        WrittenRevision written = revision("add phone to users", true);
        assertEquals(sources().resolve("app/migrations/AddPhoneToUsers.java"), written.file());
        String text = Files.readString(written.file());
        assertTrue(text.contains("@Unreviewed(\"generated by Retort: review, then delete this mark\")"), text);
        assertTrue(text.contains("        revises = \"aaaaaaaaaaaa\"\n"), text);
        assertTrue(text.contains("        description = \"add phone to users\",\n"), text);
        assertTrue(text.contains("op.addColumn(\"users\", column(\"phone\", varchar(255)));"), text);
        assertTrue(text.contains("op.dropColumn(\"users\", \"phone\");"), text);
        String log = compileFails();
        assertTrue(log.contains("[retort:unreviewed] AddPhoneToUsers is a generated skeleton"), log);
        Files.writeString(written.file(), text.replace("@Unreviewed(\"generated by Retort: review, then delete this mark\")\n", ""));
        assertEquals("", compileSucceeds());
    }

    @Test
    void autogenerateWithoutDriftWritesNothing() throws IOException {
        write("app/model/User.java", USER.formatted(""));
        write("app/migrations/CreateUsers.java", CREATE_USERS);
        RetortException refused = assertThrows(RetortException.class, () -> revision("nothing", true));
        assertEquals("the migrations already give the schema of the model: there is no drift to write. Run revision"
                + " without autogenerate for an empty migration", refused.getMessage());
        assertEquals(2, countSources());
    }

    @Test
    void autogenerateOnSourcesThatDoNotCompileSaysWhatToGive() throws IOException {
        write("app/model/User.java", USER.formatted(""));
        write("app/migrations/CreateUsers.java", CREATE_USERS);
        RetortException refused = assertThrows(RetortException.class, () -> Revisions.create(new NewRevision(
                "add phone", true, List.of(sources()), Optional.empty(), List.of(), List.of())));
        assertTrue(refused.getMessage().startsWith("the sources do not compile, so the model's drift cannot be known;"
                + " fix this first:\n  " + sources().resolve("app/model/User.java") + ":3: package jakarta.persistence"
                + " does not exist"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("\nThey were compiled against Retort's classes only: give the project's"
                + " compile class path (jakarta.persistence-api and the rest) with --classpath."), refused.getMessage());
        assertEquals(2, countSources());
    }

    @Test
    void aBlankMessageIsRefused() {
        RetortException refused = assertThrows(RetortException.class, () -> revision("  ", false));
        assertEquals("revision needs a message saying what the migration changes, e.g. -m \"add phone to users\"",
                refused.getMessage());
    }

    private long countSources() throws IOException {
        try (Stream<Path> walk = Files.walk(sources())) {
            return walk.filter(p -> p.toString().endsWith(".java")).count();
        }
    }

    private String compileFails() throws IOException {
        StringWriter log = new StringWriter();
        assertTrue(!compile(log), "the build should refuse the sources");
        return log.toString();
    }

    private String compileSucceeds() throws IOException {
        StringWriter log = new StringWriter();
        assertTrue(compile(log), log.toString());
        return log.toString();
    }

    private boolean compile(StringWriter log) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createDirectories(project.resolve("target/classes"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources())) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(log, fileManager, null, List.of("-d", classes.toString(),
                    "-classpath", System.getProperty("java.class.path"), "-Aretort.skeletons=" + project.resolve("sk")),
                    null, fileManager.getJavaFileObjectsFromPaths(files));
            task.setProcessors(List.of(new RetortProcessor()));
            return task.call();
        }
    }
}
