package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.warning;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class NotValidConstraintTest {

    @Test
    void aForeignKeyAddedToAnExistingTableAsksForTheTwoSteps() {
        JavaFileObject source = change("SelfKey", "",
                List.of("op.createForeignKey(\"fk_users_self\", \"users\", \"id\", \"users\", \"id\");"),
                List.of("op.dropForeignKey(\"fk_users_self\", \"users\");"));
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                warning(source, 11, 28, "[retort:constraint-not-valid] createForeignKey fk_users_self on"
                + " users checks every row of users while it blocks writes to it on PostgreSQL: add the foreign key with"
                + " op.createForeignKeyNotValid, then op.validateConstraint(\"fk_users_self\", \"users\"), which checks"
                + " the rows without blocking them."),
                NO_ENTITY);
    }

    @Test
    void aCheckAddedToAnExistingTableAsksTheSame() {
        JavaFileObject source = change("EmailCheck", "",
                List.of("op.createCheck(\"ck_users_email\", \"users\", \"email <> ''\");"),
                List.of("op.dropCheck(\"ck_users_email\", \"users\");"));
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                warning(source, 11, 23, "[retort:constraint-not-valid] createCheck ck_users_email on users"
                + " checks every row of users while it blocks writes to it on PostgreSQL: add the check with"
                + " op.createCheckNotValid, then op.validateConstraint(\"ck_users_email\", \"users\"), which checks the"
                + " rows without blocking them."),
                NO_ENTITY);
    }

    @Test
    void addedNotValidThenValidatedItPasses() {
        JavaFileObject source = change("EmailCheck", "",
                List.of("op.createCheckNotValid(\"ck_users_email\", \"users\", \"email <> ''\");",
                        "op.validateConstraint(\"ck_users_email\", \"users\");",
                        "op.createForeignKeyNotValid(\"fk_users_self\", \"users\", \"id\", \"users\", \"id\");",
                        "op.validateConstraint(\"fk_users_self\", \"users\");"),
                List.of("op.dropForeignKey(\"fk_users_self\", \"users\");", "op.dropCheck(\"ck_users_email\", \"users\");"));
        assertReported(compile(createUsers(), source), NO_ENTITY);
    }

    @Test
    void onATableOfTheSameMigrationOrWithoutPostgresqlItPasses() {
        JavaFileObject source = change("CreateTags", "",
                List.of("op.createTable(\"tags\", column(\"id\", BIGINT).primaryKey(), column(\"user_id\", BIGINT));",
                        "op.createForeignKey(\"fk_tags_user\", \"tags\", \"user_id\", \"users\", \"id\");",
                        "op.createIndex(\"idx_tags_user\", \"tags\", \"user_id\");"),
                List.of("op.dropIndex(\"idx_tags_user\", \"tags\");", "op.dropForeignKey(\"fk_tags_user\", \"tags\");",
                        "op.dropTable(\"tags\");"));
        assertReported(compile(createUsers(), source), NO_ENTITY);
        JavaFileObject existing = change("EmailCheck", "",
                List.of("op.createCheck(\"ck_users_email\", \"users\", \"email <> ''\");"),
                List.of("op.dropCheck(\"ck_users_email\", \"users\");"));
        assertReported(compile(List.of("-Aretort.dialects=h2,mariadb"), createUsers(), existing), NO_ENTITY);
    }
}
