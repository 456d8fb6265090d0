package dev.retort.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;

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
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(2);
        assertThat(compilation).hadWarningContaining("[retort:ddl-in-execute] execute runs DDL (ALTER TABLE users ADD"
                + " COLUMN phone varch...) that Retort cannot replay, so the checks, the inverse and drift miss it:"
                + " use op.addColumn instead.").inFile(source).onLine(11);
        assertThat(compilation).hadWarningContaining("[retort:ddl-in-execute] execute runs DDL (DROP INDEX"
                + " idx_users_phone) that Retort cannot replay, so the checks, the inverse and drift miss it: use"
                + " op.dropIndex instead.").inFile(source).onLine(14);
    }

    @Test
    void dataChangesAreNotDdl() {
        JavaFileObject source = change("Backfill", "",
                List.of("op.execute(\"UPDATE users SET email = 'drop table users' -- create index\");"),
                List.of("op.execute(\"DELETE FROM users WHERE email = 'alter'\");"));
        assertThat(compile(createUsers(), source)).succeededWithoutWarnings();
    }

    @Test
    void ddlWithoutARetortOperationSaysHowToKeepIt() {
        JavaFileObject source = change("AddView", "",
                List.of("op.execute(\"CREATE OR REPLACE VIEW active_users AS SELECT * FROM users WHERE email IS NOT NULL\");"),
                List.of("op.execute(\"DROP VIEW active_users\");"));
        Compilation compilation = compile(List.of("-Aretort.check.ddl_in_execute=error"), createUsers(), source);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[retort:ddl-in-execute] execute runs DDL (CREATE OR REPLACE VIEW"
                + " active_users AS S...) that Retort cannot replay, so the checks, the inverse and drift miss"
                + " it: use the op call for this change instead, or, if Retort has none, keep it and say so with"
                + " @SuppressWarnings(\"retort:ddl-in-execute\").").inFile(source).onLine(11);
    }
}
