package dev.retort.showplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.retort.showplanner.demo.ClassPaths;
import dev.retort.showplanner.demo.Javac;
import dev.retort.showplanner.demo.ProjectCopy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The show planner built in full once, then changed the ways a user changes it and compiled the way
 * an IDE compiles it: only the changed files, into the earlier build's class output, which is on the
 * class path. Each time, the diagnostics (kind, file, line, text) and Retort's outputs (expected
 * schema, migration index, module record, skeleton) are those of a full build of the same sources.
 */
class PartialBuildMatrixTest {

    private static final Path WORK = Path.of("target/partial-build-matrix");
    private static final Pattern AT = Pattern.compile(" \\(at ([^:()]+):(\\d+)\\)");
    private static final List<String> OUTPUTS = List.of("META-INF/retort/schema.json", "META-INF/retort/index",
            "META-INF/retort/module");

    /**
     * A change to the sources: what it does, the files (relative to the sources) an IDE compiles after
     * it, those it deletes, and whether a full build of the result fails.
     */
    record Change(String name, Consumer<ProjectCopy> edit, List<String> compiled, List<String> deleted,
                  boolean fails) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Path baselineClasses;

    @BeforeAll
    static void buildTheShowPlannerOnce() throws IOException {
        deleteTree(WORK);
        ShowPlannerProject baseline = ShowPlannerProject.copyTo(WORK.resolve("baseline"));
        Javac.Result result = baseline.compile();
        assertEquals(List.of(), result.problems());
        baselineClasses = baseline.classes();
    }

    static Stream<Arguments> changes() {
        String model = "dev/retort/showplanner/model/";
        String migrations = "dev/retort/showplanner/migrations/";
        return Stream.of(
                new Change("an entity gains a field", copy -> copy.edit("model/User", "    private String passwordHash;\n",
                        "    private String passwordHash;\n\n    private String phone;\n"),
                        List.of(model + "User.java"), List.of(), true),
                new Change("an entity loses a field", copy -> copy.edit("model/Show",
                        "    @Column(length = 200)\n    private String venue;\n", ""),
                        List.of(model + "Show.java"), List.of(), true),
                new Change("an entity retypes a field", copy -> copy.edit("model/Show",
                        "    @Column(length = 200)\n    private String venue;\n",
                        "    @Column(length = 120)\n    private String venue;\n"),
                        List.of(model + "Show.java"), List.of(), true),
                new Change("a new entity", copy -> copy.put("model/Tag", """
                        package dev.retort.showplanner.model;

                        import jakarta.persistence.Column;
                        import jakarta.persistence.Entity;
                        import jakarta.persistence.Table;

                        /** A label on shows. */
                        @Entity
                        @Table(name = "tags")
                        public class Tag extends BaseModel {

                            @Column(nullable = false, length = 40)
                            private String label;
                        }
                        """), List.of(model + "Tag.java"), List.of(), true),
                new Change("an entity deleted, and a migration that drops its table", copy -> copy.put(
                        "migrations/DropRevokedTokens", """
                        package dev.retort.showplanner.migrations;

                        import static dev.retort.migration.Dsl.*;

                        import dev.retort.annotation.DataPreserved;
                        import dev.retort.annotation.Migration;
                        import dev.retort.migration.MigrationScript;
                        import dev.retort.migration.Ops;

                        /** Tokens are short-lived now: nothing to revoke. */
                        @Migration(id = "0f1e2d3c4b5a", revises = "e141f13156c7", description = "drop revoked tokens")
                        @DataPreserved(table = "revoked_tokens", note = "none kept: every token expires within minutes")
                        @SuppressWarnings("retort:lossy-downgrade")
                        public class DropRevokedTokens implements MigrationScript {

                            @Override
                            public void upgrade(Ops op) {
                                op.dropTable("revoked_tokens");
                            }

                            @Override
                            public void downgrade(Ops op) {
                                op.createTable("revoked_tokens",
                                        column("id", BIGINT).primaryKey().identity(),
                                        column("created_at", TIMESTAMP).notNull(),
                                        column("updated_at", TIMESTAMP),
                                        column("jti", varchar(64)).notNull().unique(),
                                        column("expires_at", TIMESTAMP).notNull());
                            }
                        }
                        """), List.of(migrations + "DropRevokedTokens.java"), List.of(model + "RevokedToken.java"), false),
                new Change("a migration edited", copy -> copy.edit("migrations/FixLastUpdate",
                        "        op.renameColumn(\"shows\", \"last_update\", \"updated_at\");\n", ""),
                        List.of(migrations + "FixLastUpdate.java"), List.of(), true),
                new Change("a new migration", copy -> copy.put("migrations/AddVenueIndex", """
                        package dev.retort.showplanner.migrations;

                        import dev.retort.annotation.Migration;
                        import dev.retort.migration.MigrationScript;
                        import dev.retort.migration.Ops;

                        /** Shows are looked up by venue. */
                        @Migration(id = "5a6b7c8d9e0f", revises = "e141f13156c7", description = "index venue")
                        public class AddVenueIndex implements MigrationScript {

                            @Override
                            public void upgrade(Ops op) {
                                op.createIndexOnline("idx_shows_venue", "shows", "venue");
                            }

                            @Override
                            public void downgrade(Ops op) {
                                op.dropIndex("idx_shows_venue", "shows");
                            }
                        }
                        """), List.of(migrations + "AddVenueIndex.java"), List.of(), true),
                new Change("a migration deleted, and the entity it followed edited", copy -> copy.edit("model/User",
                        "    private boolean active;\n", "    private boolean active;\n    // edited\n"),
                        List.of(model + "User.java"), List.of(migrations + "AddInverseRelationshipOnUser.java"), true),
                new Change("a @DataPreserved removed", copy -> copy.edit("migrations/UpdateUserPermissionModel",
                        "@DataPreserved(table = \"user_permissions\", column = \"permission\",\n        note = \"copied to"
                                + " permission_id: each name became the id of the permission of that name (created when"
                                + " missing)\")\n", ""),
                        List.of(migrations + "UpdateUserPermissionModel.java"), List.of(), true),
                new Change("an entity and every migration compiled, the other entities not", copy -> copy.edit(
                        "model/Quote", "    @Column(nullable = false, length = 200)\n    private String supplier;\n",
                        "    @Column(nullable = false, length = 200)\n    private String supplier;\n    // edited\n"),
                        Stream.concat(Stream.of(model + "Quote.java"), Stream.of("AddCreatedByOnShowAndIndex",
                                "AddInverseRelationshipOnUser", "AddOnDbUserPermissions", "AddPermissions",
                                "AddQuotesPermissions", "AddRevokedTokensTable", "AddRoletemplateDbAndRoute",
                                "CreateInviteTokensTable", "CreatePasswordResetTokensTable", "FixLastUpdate",
                                "FixLastUpdate2AddAllRelationship", "Initial", "UpdateUserModelAndSchemas",
                                "UpdateUserPermissionModel").map(m -> migrations + m + ".java")).toList(),
                        List.of(), false),
                new Change("a model file and an unrelated migration compiled together", copy -> copy.edit("model/Quote",
                        "    @Column(nullable = false, length = 3)\n", "    @Column(nullable = false, length = 4)\n"),
                        List.of(model + "Quote.java", migrations + "AddPermissions.java"), List.of(), true)
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void onlyTheChangedFilesCompiledGiveTheFullBuildsFindingsAndOutputs(Change change) throws IOException {
        String name = change.name().replaceAll("[^a-z]+", "-");
        ShowPlannerProject ide = ShowPlannerProject.copyTo(WORK.resolve(name + "/ide"));
        copyTree(baselineClasses, ide.classes());
        change.edit().accept(ide.copy);
        for (String deleted : change.deleted()) {
            deleteWithClassFiles(ide, deleted);
        }
        Javac javac = new Javac(ClassPaths.withoutShowPlanner(),
                List.of("-Aretort.naming=snake", "-Aretort.skeletons=" + ide.skeletons()));
        Javac.Result partial = javac.compileOnly(change.compiled().stream().map(ide.copy.sources()::resolve).toList(),
                ide.classes());

        ShowPlannerProject full = ShowPlannerProject.copyTo(WORK.resolve(name + "/full"));
        change.edit().accept(full.copy);
        change.deleted().forEach(deleted -> deleteQuietly(full.copy.sources().resolve(deleted)));
        Javac.Result expected = full.compile();

        assertEquals(change.fails(), !expected.success(), "the full build: " + expected.problems());
        assertEquals(findings(expected, full), findings(partial, ide), change.name());
        assertEquals(expected.success(), partial.success(), change.name());
        for (String output : OUTPUTS) {
            assertEquals(read(full.classes().resolve(output)), read(ide.classes().resolve(output)), output);
        }
        assertEquals(skeletons(full), skeletons(ide), "skeletons");
        assertFalse(partial.problems().stream().anyMatch(p -> p.message().contains("[retort:internal]")));
        assertFalse(partial.problems().stream().anyMatch(p -> p.message().contains("[retort:partial-build]")),
                partial.problems().toString());

        // The IDE builds the same files again: where no migration is among them, Retort now uses what
        // the first build kept of the migrations, and must still say and write what a full build does.
        Javac.Result again = javac.compileOnly(change.compiled().stream().map(ide.copy.sources()::resolve).toList(),
                ide.classes());
        assertEquals(findings(expected, full), findings(again, ide), change.name() + ", built again");
        for (String output : OUTPUTS) {
            assertEquals(read(full.classes().resolve(output)), read(ide.classes().resolve(output)),
                    output + ", built again");
        }
        assertEquals(skeletons(full), skeletons(ide), "skeletons, built again");
    }

    /** Each diagnostic as {@code file:line: kind: text}, a class file's position taken from its text. */
    private static List<String> findings(Javac.Result result, ShowPlannerProject project) {
        List<String> lines = new ArrayList<>();
        for (Javac.Problem problem : result.problems()) {
            String message = problem.message().replace(project.skeletons().toString(), "<skeletons>");
            String where = problem.file() == null || problem.line() < 0 ? ""
                    : project.copy.sources().toAbsolutePath().relativize(problem.file()) + ":" + problem.line();
            Matcher at = AT.matcher(message);
            if (problem.line() < 0 && at.find()) {
                where = at.group(1) + ":" + at.group(2);
                message = message.substring(0, at.start()) + message.substring(at.end());
            }
            lines.add(where + ": " + problem.kind() + ": " + message);
        }
        return lines;
    }

    private static Map<String, String> skeletons(ShowPlannerProject project) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        if (Files.isDirectory(project.skeletons())) {
            try (Stream<Path> walk = Files.walk(project.skeletons())) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(project.skeletons().relativize(file).toString(), Files.readString(file));
                }
            }
        }
        return files;
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "(none)";
    }

    /** Deletes a source and, as an IDE does, the class files compiled from it. */
    private static void deleteWithClassFiles(ShowPlannerProject project, String source) throws IOException {
        Files.delete(project.copy.sources().resolve(source));
        String base = source.substring(0, source.length() - ".java".length());
        Path folder = project.classes().resolve(base).getParent();
        String simple = Path.of(base).getFileName().toString();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String fileName = file.getFileName().toString();
                if (fileName.equals(simple + ".class") || fileName.startsWith(simple + "$")) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                    Files.copy(path, target);
                }
            }
        }
    }
}
