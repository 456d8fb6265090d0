package dev.retort.showplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.showplanner.demo.Javac;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration guide's rules, each broken once in a copy of the show planner and compiled by real
 * javac with Retort's processor: the error a user sees, on the line they must fix.
 */
class ShowPlannerBuildTest {

    @TempDir
    Path folder;

    private ShowPlannerProject project() {
        return ShowPlannerProject.copyTo(folder);
    }

    private static void assertOnlyError(Javac.Result result, ShowPlannerProject project, String file, int line,
                                        String message) {
        List<String> problems = result.problems().stream().map(p -> p.format(project.copy.sources())).toList();
        assertEquals(List.of("dev/retort/showplanner/" + file + ".java:" + line + ": error: " + message), problems);
        assertTrue(!result.success());
    }

    @Test
    void theShowPlannerCompilesWithoutDiagnostics() {
        ShowPlannerProject project = project();
        Javac.Result result = project.compile();
        assertEquals(List.of(), result.problems());
        assertTrue(result.success());
        assertTrue(Files.exists(project.classes().resolve("META-INF/retort/index")));
        assertTrue(Files.exists(project.classes().resolve("META-INF/retort/schema.json")));
    }

    @Test
    void anEmptyDowngrade() {
        ShowPlannerProject project = project();
        project.copy.edit("migrations/AddPermissions",
                "        op.execute(\"DELETE FROM permissions WHERE name IN ('shows:read', 'shows:edit', 'quotes:edit',"
                        + " 'users:invite')\");\n", "");
        assertOnlyError(project.compile(), project, "migrations/AddPermissions",
                project.copy.lineOf("migrations/AddPermissions", "public void downgrade"),
                "[retort:missing-downgrade] the downgrade of AddPermissions is empty: write what undoes the upgrade's"
                        + " data steps, or, if they cannot be undone, say so with"
                        + " @SuppressWarnings(\"retort:missing-downgrade\").");
    }

    @Test
    void aDropWithoutNote() {
        ShowPlannerProject project = project();
        project.copy.edit("migrations/UpdateUserPermissionModel", "@DataPreserved(table = \"user_permissions\", column = \"permission\",\n"
                + "        note = \"copied to permission_id: each name became the id of the permission of that name (created when missing)\")\n", "");
        assertOnlyError(project.compile(), project, "migrations/UpdateUserPermissionModel",
                project.copy.lineOf("migrations/UpdateUserPermissionModel", "op.dropColumn(\"user_permissions\", \"permission\")"),
                "[retort:drop-without-note] dropColumn user_permissions.permission loses the data in"
                        + " user_permissions.permission: copy it first, then say where it went with\n  @DataPreserved(table"
                        + " = \"user_permissions\", column = \"permission\", note = \"...\") on UpdateUserPermissionModel.");
    }

    @Test
    void aRenameWrittenAsDropAndAdd() {
        ShowPlannerProject project = project();
        project.copy.edit("migrations/FixLastUpdate", "        op.renameColumn(\"users\", \"last_update\", \"updated_at\");\n",
                "        op.dropColumn(\"users\", \"last_update\");\n"
                        + "        op.addColumn(\"users\", column(\"updated_at\", TIMESTAMP));\n");
        assertOnlyError(project.compile(), project, "migrations/FixLastUpdate",
                project.copy.lineOf("migrations/FixLastUpdate", "op.dropColumn("),
                "[retort:rename-as-drop] dropColumn users.last_update and addColumn users.updated_at (timestamp) lose"
                        + " the data a rename keeps: use op.renameColumn(\"users\", \"last_update\", \"updated_at\");\n"
                        + "  if the drop is meant, copy the data and say where it went with @DataPreserved(table = \"users\","
                        + " column = \"last_update\", note = \"...\").");
    }

    @Test
    void aNotNullColumnAddedInOneStep() {
        ShowPlannerProject project = project();
        project.copy.edit("migrations/UpdateUserModelAndSchemas",
                "        op.addColumn(\"users\", column(\"full_name\", varchar(201)));\n"
                        + "        op.execute(\"UPDATE users SET full_name = CONCAT(first_name, ' ', family_name)\");\n"
                        + "        op.setNotNullSafely(\"users\", \"full_name\");\n",
                "        op.addColumn(\"users\", column(\"full_name\", varchar(201)).notNull());\n");
        assertOnlyError(project.compile(), project, "migrations/UpdateUserModelAndSchemas",
                project.copy.lineOf("migrations/UpdateUserModelAndSchemas", "full_name\", varchar(201)).notNull()"),
                "[retort:unsafe-not-null] addColumn users.full_name adds a NOT NULL column without default to users,"
                        + " which existed before this migration and may hold rows:\n  add it nullable, backfill with"
                        + " execute, then setNotNullSafely \u2014 or give it a default.");
    }

    @Test
    void aModelChangeWithoutMigrationThenItsSkeletonUnreviewedThenReviewed() throws IOException {
        ShowPlannerProject project = project();
        project.copy.edit("model/User", "    private String passwordHash;\n",
                "    private String passwordHash;\n\n    private String phone;\n");
        Path skeleton = project.skeletons().resolve("dev/retort/showplanner/migrations/AddPhoneToUsers.java");
        assertOnlyError(project.compile(), project, "model/User", project.copy.lineOf("model/User", "private String phone;"),
                "[retort:drift] column users.phone (varchar(255)) is in the model but no migration creates it.\n"
                        + "  A migration that closes the drift was written to " + skeleton + ": review it and move it"
                        + " into your sources.");
        String source = Files.readString(skeleton);
        assertTrue(source.contains("revises = \"e141f13156c7\""), source);
        assertTrue(source.contains("op.addColumn(\"users\", column(\"phone\", varchar(255)));"), source);
        assertTrue(source.contains("op.dropColumn(\"users\", \"phone\");"), source);

        project.copy.put("migrations/AddPhoneToUsers", source);
        assertOnlyError(project.compile(), project, "migrations/AddPhoneToUsers",
                project.copy.lineOf("migrations/AddPhoneToUsers", "@Unreviewed("),
                "[retort:unreviewed] AddPhoneToUsers is a generated skeleton that has not been reviewed: check every"
                        + " operation, settle each TODO, then delete @Unreviewed.");

        project.copy.deleteLine("migrations/AddPhoneToUsers", "@Unreviewed(");
        Javac.Result reviewed = project.compile();
        assertEquals(List.of(), reviewed.problems());
        try (Stream<Path> left = Files.list(skeleton.getParent())) {
            assertEquals(1, left.count(), "the clean build writes no new skeleton");
        }
    }
}
