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

class UniqueOnExistingTableTest {

    @Test
    void aUniqueIndexOnAnExistingTableIsAWarning() {
        JavaFileObject source = change("UniqueEmail", "",
                List.of("op.createUniqueIndexOnline(\"uk_users_email\", \"users\", \"email\");"),
                List.of("op.dropIndex(\"uk_users_email\", \"users\");"));
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                warning(source, 11, 35, "[retort:unique-on-existing-table] createIndexOnline uk_users_email on users"
                        + " fails if the rows users already holds repeat a value of (email): remove the duplicates"
                        + " first, with an execute before it in this migration."),
                NO_ENTITY);
    }

    @Test
    void onMariadbAloneAColumnNamedOnlyInDoubleQuotesIsAStringNotADeduplication() {
        JavaFileObject source = change("UniqueEmail", "",
                List.of("op.execute(\"UPDATE users SET id = id WHERE id = \\\"email\\\"\");",
                        "op.createUniqueIndexOnline(\"uk_users_email\", \"users\", \"email\");"),
                List.of("op.dropIndex(\"uk_users_email\", \"users\");"));
        assertReported(compile(List.of("-Aretort.dialects=mariadb"), createUsers(), source),
                warning(source, 12, 35, "[retort:unique-on-existing-table] createIndexOnline uk_users_email on users"
                        + " fails if the rows users already holds repeat a value of (email): remove the duplicates"
                        + " first, with an execute before it in this migration."),
                NO_ENTITY);
        assertReported(compile(createUsers(), source), NO_ENTITY);
    }

    @Test
    void aDeduplicatingExecuteBeforeItSilencesIt() {
        JavaFileObject source = change("UniqueEmail", "",
                List.of("op.execute(\"DELETE FROM users u WHERE EXISTS (SELECT 1 FROM users v WHERE v.email = u.email"
                        + " AND v.id < u.id)\");",
                        "op.createUniqueConstraint(\"uk_users_email\", \"users\", \"email\");"),
                List.of("op.dropUniqueConstraint(\"uk_users_email\", \"users\");"));
        assertReported(compile(List.of("-Aretort.check.blocking_index=off"), createUsers(), source), NO_ENTITY);
    }

    @Test
    void aNewColumnWithoutDefaultHoldsOnlyNulls() {
        JavaFileObject source = change("AddCode", "",
                List.of("op.addColumn(\"users\", column(\"code\", varchar(20)).unique());"),
                List.of("op.dropUniqueConstraint(\"uk_users_code\", \"users\");", "op.dropColumn(\"users\", \"code\");"));
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                warning(source, 11, 21, "[retort:blocking-index] createUniqueConstraint uk_users_code on users builds"
                        + " its index blocking writes to users on PostgreSQL: build it first with"
                        + " op.createUniqueIndexOnline(\"ux_uk_users_code\", \"users\", \"code\"), then attach it with"
                        + " op.createUniqueConstraintUsingIndex(\"uk_users_code\", \"users\", \"ux_uk_users_code\")."),
                NO_ENTITY);
    }

    @Test
    void aNewColumnWithADefaultRepeatsIt() {
        JavaFileObject source = change("AddCode", "",
                List.of("op.addColumn(\"users\", column(\"code\", varchar(20)).defaultValue(\"x\").unique());"),
                List.of("op.dropUniqueConstraint(\"uk_users_code\", \"users\");", "op.dropColumn(\"users\", \"code\");"));
        Compilation compilation = compile(List.of("-Aretort.check.blocking_index=off"), createUsers(), source);
        assertReported(compilation,
                warning(source, 11, 21, "[retort:unique-on-existing-table] createUniqueConstraint uk_users_code on"
                        + " users fails if the rows users already holds repeat a value of (code): remove the duplicates"
                        + " first, with an execute before it in this migration."),
                NO_ENTITY);
    }
}
