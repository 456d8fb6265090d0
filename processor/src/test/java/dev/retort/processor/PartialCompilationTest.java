package dev.retort.processor;

import static dev.retort.processor.Fixtures.addName;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.indexEmail;
import static dev.retort.processor.Fixtures.migration;
import static dev.retort.processor.Fixtures.userEntity;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;
import static dev.retort.processor.expect.Reported.warning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.migration.IndexFile;
import dev.retort.processor.build.ModuleRecord;
import dev.retort.processor.expect.Reported;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An IDE, or Maven without incremental compilation, compiles only the files that changed, with the
 * class output of the earlier build on the class path. Retort reads the rest of the module from its
 * class files and reports what a full build of the same sources reports, with the same outputs.
 */
class PartialCompilationTest {

    @TempDir
    Path root;

    private DirectoryBuild module;

    @BeforeEach
    void buildEverythingOnce() {
        module = new DirectoryBuild(root);
        module.write(createUsers()).write(addName()).write(indexEmail()).write(userEntity());
        DirectoryBuild.Result full = module.compileAll();
        assertReported(full.diagnostics());
    }

    /** The end of a drift's message: where the skeleton that closes it went. */
    private String written(String skeleton) {
        return "\n  A migration that closes the drift was written to "
                + module.skeletons.resolve("app/migrations/" + skeleton + ".java")
                + ": review it and move it into your sources.";
    }

    private void assertSameAsFullBuild(DirectoryBuild.Result partial, String... outputs) {
        module.assertSameAsFullBuildIn(root.resolve("full"), partial, outputs);
    }

    @Test
    void aNewFieldWithoutAMigrationIsDriftAtTheFieldAndTheSkeletonIsTheFullBuildsOne() throws IOException {
        module.write(userEntity("    String phone;"));
        DirectoryBuild.Result partial = module.compileOnly("app/model/User.java");
        assertReported(partial.diagnostics(),
                error("app/model/User.java", 12, 12, "[retort:drift] column users.phone (varchar(255)) is in the model"
                        + " but no migration creates it." + written("AddPhoneToUsers")));
        String skeleton = Files.readString(module.skeletons.resolve("app/migrations/AddPhoneToUsers.java"));
        assertSameAsFullBuild(partial);
        assertEquals(Files.readString(root.resolve("full/skeletons/app/migrations/AddPhoneToUsers.java")), skeleton);
    }

    @Test
    void anEditedMigrationAloneIsCheckedWithTheRestOfTheModuleAndTheOutputsAreWhole() throws IOException {
        module.write(migration("IndexEmail", "@Migration(id = \"c3\", revises = \"b2\", description = \"index email\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.createIndexOnline(\"idx_users_email\", \"users\", \"email\");",
                "        op.createIndex(\"idx_users_name\", \"users\", \"name\");",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.dropIndex(\"idx_users_name\", \"users\");",
                "        op.dropIndex(\"idx_users_email\", \"users\");",
                "    }"));
        DirectoryBuild.Result partial = module.compileOnly("app/migrations/IndexEmail.java");
        // The entity is a class file: javac has no position in it, and the message names its line.
        assertReported(partial.diagnostics(),
                error("[retort:drift] index idx_users_name (name) on users is created by the migrations but the model"
                        + " does not declare it. (at app/model/User.java:7)" + written("UpdateUsers")),
                warning("app/migrations/IndexEmail.java", 12, 23, "[retort:blocking-index] createIndex idx_users_name"
                        + " on users blocks writes to users while the index builds: build it with op.createIndexOnline"
                        + " (CONCURRENTLY on PostgreSQL, LOCK=NONE on MariaDB and MySQL)."));
        assertSameAsFullBuild(partial);
    }

    @Test
    void aMigrationThatNoLongerMakesAColumnIsDriftOnTheEntityFieldItDidNotCompile() throws IOException {
        module.write(migration("AddName", "@Migration(id = \"b2\", revises = \"a1\", description = \"add name\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.addColumn(\"users\", column(\"nickname\", varchar(255)));",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.dropColumn(\"users\", \"nickname\");",
                "    }"));
        DirectoryBuild.Result partial = module.compileOnly("app/migrations/AddName.java");
        assertReported(partial.diagnostics(),
                error("[retort:drift] column users.name (varchar(255)) is in the model but no migration creates it."
                        + " (at app/model/User.java:10)" + written("RenameNicknameToNameInUsers")),
                error("[retort:drift] column users.nickname is created by the migrations but the model does not map"
                        + " it. (at app/model/User.java:7)" + written("RenameNicknameToNameInUsers")));
        assertSameAsFullBuild(partial);
    }

    @Test
    void aNewMigrationAloneIsReplayedAfterTheCompiledOnesAndJoinsTheIndex() throws IOException {
        module.write(migration("AddPhone", "@Migration(id = \"d4\", revises = \"c3\", description = \"add phone\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.addColumn(\"users\", column(\"phone\", varchar(20)));",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.dropColumn(\"users\", \"phone\");",
                "    }"));
        module.write(userEntity("    @Column(length = 20) String phone;"));
        DirectoryBuild.Result partial = module.compileOnly("app/migrations/AddPhone.java", "app/model/User.java");
        assertReported(partial.diagnostics());
        assertTrue(module.output(IndexFile.RESOURCE).contains("d4\tc3\tapp.migrations.AddPhone\t"));
        assertSameAsFullBuild(partial, IndexFile.RESOURCE, IndexFile.SCHEMA, ModuleRecord.RESOURCE);
    }

    @Test
    void aMissingDowngradeInTheChangedMigrationIsReportedWhereAFullBuildReportsIt() throws IOException {
        module.write(migration("AddPhone", "@Migration(id = \"d4\", revises = \"c3\", description = \"add phone\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.addColumn(\"users\", column(\"phone\", varchar(20)));",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "    }"));
        module.write(userEntity("    @Column(length = 20) String phone;"));
        DirectoryBuild.Result partial = module.compileOnly("app/migrations/AddPhone.java", "app/model/User.java");
        assertFalse(partial.success());
        assertReported(partial.diagnostics(),
                error("app/migrations/AddPhone.java", 13, 27, "[retort:missing-downgrade] the downgrade of AddPhone is"
                        + " empty: write the exact inverse of upgrade: op.dropColumn(\"users\", \"phone\");"));
        assertSameAsFullBuild(partial);
    }

    @Test
    void aDeletedMigrationLeavesItsSuccessorRevisingAnUnknownIdAsInAFullBuild() throws IOException {
        module.delete("app/migrations/AddName.java");
        module.write(migration("IndexEmail", "@Migration(id = \"c3\", revises = \"b2\", description = \"index email!\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.createIndexOnline(\"idx_users_email\", \"users\", \"email\");",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.dropIndex(\"idx_users_email\", \"users\");",
                "    }"));
        DirectoryBuild.Result partial = module.compileOnly("app/migrations/IndexEmail.java");
        assertReported(partial.diagnostics(),
                error("app/migrations/IndexEmail.java", 8, 33, "[retort:graph] IndexEmail revises 'b2', but no"
                        + " migration has that id: revise an existing id."),
                error("[retort:graph] the migrations have several heads (CreateUsers, IndexEmail): create a merge"
                        + " migration with revises = {\"a1\", \"c3\"} and an empty upgrade (a merge that changes"
                        + " nothing needs no downgrade). (at app/migrations/CreateUsers.java:8)"),
                error("app/migrations/IndexEmail.java", 8, 17, "[retort:graph] the migrations have several heads"
                        + " (CreateUsers, IndexEmail): create a merge migration with revises = {\"a1\", \"c3\"} and an"
                        + " empty upgrade (a merge that changes nothing needs no downgrade)."));
        assertSameAsFullBuild(partial);
    }

    @Test
    void compiledIntoAnotherFolderTheEarlierBuildIsFoundOnTheClassPath() throws IOException {
        module.write(userEntity("    String phone;"));
        Path elsewhere = root.resolve("ide-out");
        DirectoryBuild.Result partial = module.compileOnly(elsewhere, List.of(), "app/model/User.java");
        assertReported(partial.diagnostics(),
                error("app/model/User.java", 12, 12, "[retort:drift] column users.phone (varchar(255)) is in the model"
                        + " but no migration creates it." + written("AddPhoneToUsers")));
        assertTrue(Files.exists(elsewhere.resolve(IndexFile.SCHEMA)));
        assertTrue(DirectoryBuild.output(elsewhere, IndexFile.SCHEMA).contains("\"phone\""));
    }

    @Test
    void withoutTheRecordOfAWholeBuildAPartialOneWarnsAndWritesNothing() throws IOException {
        Files.delete(module.classes.resolve(ModuleRecord.RESOURCE));
        String schema = module.output(IndexFile.SCHEMA);
        module.write(userEntity("    String phone;"));
        DirectoryBuild.Result partial = module.compileOnly("app/model/User.java");
        assertReported(partial.diagnostics(), warning(
                "[retort:partial-build] this build compiles only some of the module's files and cannot see the rest:"
                        + " no earlier build of this Retort recorded the module's classes (META-INF/retort/module), so"
                        + " the entities among the files not compiled now are unknown. Drift is not checked and the"
                        + " expected schema, the migration index and skeletons are not written until a build that sees"
                        + " the whole module (build it once in full)."));
        assertEquals(schema, module.output(IndexFile.SCHEMA));
        assertFalse(Files.exists(module.skeletons));
    }

    @Test
    void aClassFileWhoseSourceIsGoneIsLeftOutWhenJavacKnowsTheSourcePath() throws IOException {
        Files.delete(module.sources.resolve("app/migrations/IndexEmail.java"));
        module.write(userEntity("    String phone;"));
        DirectoryBuild.Result partial = module.compileOnly(module.classes, List.of("-sourcepath",
                module.sources.toString()), "app/model/User.java");
        assertReported(partial.diagnostics(),
                warning("[retort:partial-build] the class output holds app.migrations.IndexEmail, whose source is"
                        + " gone: Retort leaves it out, but it would still be packaged; delete it with a clean build."),
                error("app/model/User.java", 7, 8, "[retort:drift] the model expects index idx_users_email (email) on users, but"
                        + " no migration creates it." + written("UpdateUsers")),
                error("app/model/User.java", 12, 12, "[retort:drift] column users.phone (varchar(255)) is in the model but no"
                        + " migration creates it." + written("UpdateUsers")));
        assertFalse(module.output(IndexFile.RESOURCE).contains("IndexEmail"));
    }

    @Test
    void everyOperationAndEveryFormOfArgumentReadsTheSameFromAClassFile() throws IOException {
        module.write(Fixtures.source("app.migrations.Names",
                "package app.migrations;",
                "import static dev.retort.migration.Dsl.*;",
                "import dev.retort.migration.ColumnSpec;",
                "final class Names {",
                "    static final String ORDERS = \"orders\";",
                "    static final ColumnSpec ID = column(\"id\", BIGINT).primaryKey().identity();",
                "    private Names() {}",
                "}"));
        module.write(migration("EveryOperation", "@Migration(id = \"d4\", revises = \"c3\", description = \"all\")",
                "    private static final String CHECK = \"total >= \" + 0;",
                "    @Override public void upgrade(Ops op) {",
                "        String orders = Names.ORDERS;",
                "        op.createSchema(\"sales\");",
                "        op.createTable(orders, Names.ID, column(\"code\", character(3)).notNull().unique(),",
                "            column(\"total\", numeric(12, 2)).defaultValue(0), column(\"paid\", BOOLEAN).defaultValue(false),",
                "            column(\"note\", varchar(40)).defaultValue(\"it's \\u00e9t\\u00e9\"), column(\"at\", TIMESTAMP_TZ).defaultNow(),",
                "            column(\"ratio\", DOUBLE).defaultValue(-1.5), column(\"big\", BIGINT).defaultValue(12L),",
                "            column(\"user_id\", INTEGER), column(\"blob\", varbinary(16)));",
                "        op.createTable(\"sales.lines\", column(\"order_id\", BIGINT).notNull(),",
                "            column(\"line\", SMALLINT).notNull(), column(\"qty\", TINYINT));",
                "        op.addPrimaryKey(\"sales.lines\", \"order_id\", \"line\");",
                "        op.createForeignKey(\"fk_lines_order\", \"sales.lines\", new String[] {\"order_id\"}, orders,",
                "            new String[] {\"id\"}, CASCADE);",
                "        op.createForeignKey(\"fk_orders_user\", orders, \"user_id\", \"users\", \"id\", SET_NULL);",
                "        op.createIndex(\"idx_orders_user\", orders, \"user_id\", \"code\");",
                "        op.createUniqueIndexOnline(\"uq_orders_note\", orders, \"note\");",
                "        op.createCheck(\"ck_orders_total\", orders, CHECK);",
                "        op.createUniqueConstraint(\"uk_orders_ratio\", orders, \"ratio\");",
                "        op.createSequence(\"sales.seq\", 1, 50);",
                "        op.alterColumnType(orders, \"note\", varchar(80));",
                "        op.setDefault(orders, \"paid\", true);",
                "        op.setDefault(orders, \"total\", 2);",
                "        op.dropDefault(orders, \"at\");",
                "        op.dropDefault(orders, \"big\");",
                "        op.execute(\"UPDATE orders SET ratio = 0\");",
                "        op.setNotNull(orders, \"ratio\");",
                "        op.createUniqueIndexOnline(\"ux_orders_big\", orders, \"big\");",
                "        op.createUniqueConstraintUsingIndex(\"uk_orders_big\", orders, \"ux_orders_big\");",
                "        op.createForeignKeyNotValid(\"fk_orders_user2\", orders, new String[] {\"user_id\"}, \"users\",",
                "            new String[] {\"id\"}, NO_ACTION);",
                "        op.createForeignKeyNotValid(\"fk_orders_user3\", orders, \"user_id\", \"users\", \"id\");",
                "        op.validateConstraint(\"fk_orders_user3\", orders);",
                "        op.createCheckNotValid(\"ck_orders_ratio\", orders, \"ratio >= -1\");",
                "        op.setNotNullSafely(orders, \"note\");",
                "        op.dropIndexOnline(\"idx_orders_user\", orders);",
                "        op.createTable(\"tags\", column(\"id\", BIGINT).notNull());",
                "        op.createUniqueIndexOnline(\"ux_tags_id\", \"tags\", \"id\");",
                "        op.addPrimaryKeyUsingIndex(\"tags\", \"ux_tags_id\");",
                "        op.run(connection -> connection.createStatement().execute(\"SELECT 1\"));",
                "        op.renameColumn(orders, \"blob\", \"payload\");",
                "        op.renameTable(\"sales.lines\", \"sales.order_lines\");",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.renameTable(\"sales.order_lines\", \"sales.lines\");",
                "        op.renameColumn(\"orders\", \"payload\", \"blob\");",
                "        op.dropPrimaryKey(\"tags\");",
                "        op.createUniqueIndexOnline(\"ux_tags_id\", \"tags\", \"id\");",
                "        op.dropIndexOnline(\"ux_tags_id\", \"tags\");",
                "        op.dropTable(\"tags\");",
                "        op.createIndexOnline(\"idx_orders_user\", \"orders\", \"user_id\", \"code\");",
                "        op.dropNotNull(\"orders\", \"note\");",
                "        op.dropCheck(\"ck_orders_ratio\", \"orders\");",
                "        op.dropForeignKey(\"fk_orders_user3\", \"orders\");",
                "        op.dropForeignKey(\"fk_orders_user2\", \"orders\");",
                "        op.dropUniqueConstraint(\"uk_orders_big\", \"orders\");",
                "        op.createUniqueIndexOnline(\"ux_orders_big\", \"orders\", \"big\");",
                "        op.dropIndexOnline(\"ux_orders_big\", \"orders\");",
                "        op.dropNotNull(\"orders\", \"ratio\");",
                "        op.setDefault(\"orders\", \"big\", 12L);",
                "        op.setDefault(\"orders\", \"at\", CURRENT_TIMESTAMP);",
                "        op.setDefault(\"orders\", \"total\", 0);",
                "        op.setDefault(\"orders\", \"paid\", false);",
                "        op.alterColumnType(\"orders\", \"note\", varchar(40));",
                "        op.dropSequence(\"sales.seq\");",
                "        op.dropUniqueConstraint(\"uk_orders_ratio\", \"orders\");",
                "        op.dropCheck(\"ck_orders_total\", \"orders\");",
                "        op.dropIndex(\"uq_orders_note\", \"orders\");",
                "        op.dropIndex(\"idx_orders_user\", \"orders\");",
                "        op.dropForeignKey(\"fk_orders_user\", \"orders\");",
                "        op.dropForeignKey(\"fk_lines_order\", \"sales.lines\");",
                "        op.dropPrimaryKey(\"sales.lines\");",
                "        op.dropTable(\"sales.lines\");",
                "        op.dropTable(\"orders\");",
                "        op.dropSchema(\"sales\");",
                "    }"));
        // What this test proves is the reading; the checks' findings on these operations have tests of their own.
        DirectoryBuild.Result full = module.compileAll("-Aretort.check.drift=off", "-Aretort.check.fk_without_index=off");
        assertReported(full.diagnostics());
        String index = module.output(IndexFile.RESOURCE);
        assertTrue(index.contains("d4\tc3\tapp.migrations.EveryOperation\t"), full.diagnostics().toString());
        module.write(userEntity("    // edited"));
        DirectoryBuild.Result partial = module.compileOnly(module.classes,
                List.of("-Aretort.check.drift=off", "-Aretort.check.fk_without_index=off"),
                "app/model/User.java");
        assertEquals(normalizedText(full), normalizedText(partial));
        assertEquals(index, module.output(IndexFile.RESOURCE), "the checksums read from the class file are the source's");
    }

    private static List<String> normalizedText(DirectoryBuild.Result result) {
        return result.diagnostics().stream().map(DirectoryBuild::normalized).map(Object::toString).toList();
    }
}
