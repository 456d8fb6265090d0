package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.migration;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.warning;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class NeverValidatedTest {

    private static final String NEVER = "[retort:constraint-never-validated] ";

    private static final String NOT_CHECKED = " is never validated: PostgreSQL does not check the rows users held"
            + " before it, which may break it, and its planner does not rely on it until it is validated: add a"
            + " migration with op.validateConstraint(";

    /** The migration after {@link #change}'s b2, with this upgrade and its downgrade. */
    private static JavaFileObject next(String name, String up, String down) {
        return migration(name, "@Migration(id = \"c3\", revises = \"b2\", description = \"" + name + "\")",
                "    @Override public void upgrade(Ops op) {",
                "        " + up,
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        " + down,
                "    }");
    }

    private static JavaFileObject notValidKeyAndCheck(String annotations) {
        return change("Constraints", annotations,
                List.of("op.createForeignKeyNotValid(\"fk_users_self\", \"users\", \"id\", \"users\", \"id\");",
                        "op.createCheckNotValid(\"ck_users_email\", \"users\", \"email <> ''\");"),
                List.of("op.dropCheck(\"ck_users_email\", \"users\");", "op.dropForeignKey(\"fk_users_self\", \"users\");"));
    }

    /** b2: the check ck_users_email added not valid, alone. */
    private static JavaFileObject emailCheckNotValid() {
        return change("EmailCheck", "",
                List.of("op.createCheckNotValid(\"ck_users_email\", \"users\", \"email <> ''\");"),
                List.of("op.dropCheck(\"ck_users_email\", \"users\");"));
    }

    @Test
    void aConstraintAddedNotValidThatNoMigrationValidatesIsReportedWhereItWasAdded() {
        JavaFileObject source = notValidKeyAndCheck("");
        assertReported(compile(createUsers(), source),
                warning(source, 11, 36, NEVER + "createForeignKeyNotValid fk_users_self on users" + NOT_CHECKED
                        + "\"fk_users_self\", \"users\")."),
                warning(source, 12, 31, NEVER + "createCheckNotValid ck_users_email on users" + NOT_CHECKED
                        + "\"ck_users_email\", \"users\")."),
                NO_ENTITY);
    }

    @Test
    void aValidationOfAnotherConstraintDoesNotCount() {
        JavaFileObject source = notValidKeyAndCheck("");
        JavaFileObject later = next("ValidateKey", "op.validateConstraint(\"fk_users_self\", \"users\");",
                "op.run(connection -> { });");
        assertReported(compile(createUsers(), source, later),
                warning(source, 12, 31, NEVER + "createCheckNotValid ck_users_email on users" + NOT_CHECKED
                        + "\"ck_users_email\", \"users\")."),
                NO_ENTITY);
    }

    @Test
    void aLaterMigrationThatValidatesOrDropsItSettlesIt() {
        JavaFileObject validates = next("ValidateEmail", "op.validateConstraint(\"ck_users_email\", \"users\");",
                "op.run(connection -> { });");
        JavaFileObject drops = next("DropEmailCheck", "op.dropCheck(\"ck_users_email\", \"users\");",
                "op.createCheck(\"ck_users_email\", \"users\", \"email <> ''\");");
        for (JavaFileObject later : List.of(validates, drops)) {
            assertReported(compile(createUsers(), emailCheckNotValid(), later), NO_ENTITY);
        }
    }

    @Test
    void aRenamedTableIsFollowedToItsNameAtTheHead() {
        JavaFileObject source = emailCheckNotValid();
        JavaFileObject renamed = next("RenameUsers", "op.renameTable(\"users\", \"members\");",
                "op.renameTable(\"members\", \"users\");");
        assertReported(compile(createUsers(), source, renamed),
                warning(source, 11, 31, NEVER + "createCheckNotValid ck_users_email on users" + NOT_CHECKED
                        + "\"ck_users_email\", \"members\")."),
                NO_ENTITY);
        JavaFileObject validated = migration("ValidateEmail",
                "@Migration(id = \"d4\", revises = \"c3\", description = \"validate\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.validateConstraint(\"ck_users_email\", \"members\");",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.run(connection -> { });",
                "    }");
        assertReported(compile(createUsers(), source, renamed, validated), NO_ENTITY);
    }

    @Test
    void onATableOfTheSameMigrationItPasses() {
        JavaFileObject source = change("CreateTags", "",
                List.of("op.createTable(\"tags\", column(\"id\", BIGINT).primaryKey(), column(\"user_id\", BIGINT));",
                        "op.createIndex(\"idx_tags_user\", \"tags\", \"user_id\");",
                        "op.createForeignKeyNotValid(\"fk_tags_user\", \"tags\", \"user_id\", \"users\", \"id\");"),
                List.of("op.dropForeignKey(\"fk_tags_user\", \"tags\");", "op.dropIndex(\"idx_tags_user\", \"tags\");",
                        "op.dropTable(\"tags\");"));
        assertReported(compile(createUsers(), source), NO_ENTITY);
    }

    @Test
    void suppressedOrWithoutPostgresqlItPasses() {
        assertReported(compile(createUsers(),
                notValidKeyAndCheck("@SuppressWarnings(\"retort:constraint-never-validated\")\n")), NO_ENTITY);
        assertReported(compile(List.of("-Aretort.dialects=h2,mariadb"), createUsers(), notValidKeyAndCheck("")),
                NO_ENTITY);
    }
}
