package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;
import static dev.retort.processor.expect.Reported.warning;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class DdlInExecuteTest {

    @Test
    void ddlInExecuteIsAWarningInUpgradeAndDowngrade() {
        JavaFileObject source = change("AddPhone", "",
                List.of("op.execute(\"ALTER TABLE users ADD COLUMN phone varchar(20)\");"),
                List.of("op.execute(\"/* undo */ DROP INDEX idx_users_phone\");"));
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                warning(source, 11, 19, "[retort:ddl-in-execute] execute runs DDL (ALTER TABLE users ADD COLUMN phone"
                        + " varch...) that Retort cannot replay, so the checks, the inverse and drift miss it: use"
                        + " op.addColumn instead."),
                warning(source, 14, 19, "[retort:ddl-in-execute] execute runs DDL (DROP INDEX idx_users_phone) that"
                        + " Retort cannot replay, so the checks, the inverse and drift miss it: use op.dropIndex"
                        + " instead."),
                NO_ENTITY);
    }

    @Test
    void dataChangesAreNotDdl() {
        JavaFileObject source = change("Backfill", "",
                List.of("op.execute(\"UPDATE users SET email = 'drop table users' -- create index\");"),
                List.of("op.execute(\"DELETE FROM users WHERE email = 'alter'\");"));
        assertReported(compile(createUsers(), source), NO_ENTITY);
    }

    @Test
    void aBuildForMariadbAloneReadsDoubleQuotesAsAString() {
        JavaFileObject source = change("Backfill", "",
                List.of("op.execute(\"UPDATE users SET email = \\\"x\\\\\\\"; DROP TABLE users; --\\\"\");"),
                List.of("op.run(connection -> { });"));
        assertReported(compile(List.of("-Aretort.dialects=mariadb"), createUsers(), source), NO_ENTITY);
        assertReported(compile(createUsers(), source),
                warning(source, 11, 19, "[retort:ddl-in-execute] execute runs DDL (DROP TABLE users) that Retort"
                        + " cannot replay, so the checks, the inverse and drift miss it: use op.dropTable instead."),
                NO_ENTITY);
    }

    @Test
    void ddlWithoutARetortOperationSaysHowToKeepIt() {
        JavaFileObject source = change("AddView", "",
                List.of("op.execute(\"CREATE OR REPLACE VIEW active_users AS SELECT * FROM users WHERE email IS NOT NULL\");"),
                List.of("op.execute(\"DROP VIEW active_users\");"));
        Compilation compilation = compile(List.of("-Aretort.check.ddl_in_execute=error"), createUsers(), source);
        assertReported(compilation,
                error(source, 11, 19, "[retort:ddl-in-execute] execute runs DDL (CREATE OR REPLACE VIEW active_users"
                        + " AS S...) that Retort cannot replay, so the checks, the inverse and drift miss it: use the"
                        + " op call for this change instead, or, if Retort has none, keep it and say so with"
                        + " @SuppressWarnings(\"retort:ddl-in-execute\")."),
                NO_ENTITY,
                error(source, 14, 19, "[retort:ddl-in-execute] execute runs DDL (DROP VIEW active_users) that Retort"
                        + " cannot replay, so the checks, the inverse and drift miss it: use the op call for this"
                        + " change instead, or, if Retort has none, keep it and say so with"
                        + " @SuppressWarnings(\"retort:ddl-in-execute\")."));
    }
}
