package dev.retort.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;

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
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[retort:unique-on-existing-table] createIndexOnline uk_users_email on"
                + " users fails if the rows users already holds repeat a value of (email): remove the duplicates"
                + " first, with an execute before it in this migration.").inFile(source).onLine(11);
    }

    @Test
    void aDeduplicatingExecuteBeforeItSilencesIt() {
        JavaFileObject source = change("UniqueEmail", "",
                List.of("op.execute(\"DELETE FROM users u WHERE EXISTS (SELECT 1 FROM users v WHERE v.email = u.email"
                        + " AND v.id < u.id)\");",
                        "op.createUniqueConstraint(\"uk_users_email\", \"users\", \"email\");"),
                List.of("op.dropUniqueConstraint(\"uk_users_email\", \"users\");"));
        assertThat(compile(List.of("-Aretort.check.blocking_index=off"), createUsers(), source))
                .succeededWithoutWarnings();
    }

    @Test
    void aNewColumnWithoutDefaultHoldsOnlyNulls() {
        JavaFileObject source = change("AddCode", "",
                List.of("op.addColumn(\"users\", column(\"code\", varchar(20)).unique());"),
                List.of("op.dropUniqueConstraint(\"uk_users_code\", \"users\");", "op.dropColumn(\"users\", \"code\");"));
        Compilation compilation = compile(createUsers(), source);
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[retort:blocking-index]");
    }

    @Test
    void aNewColumnWithADefaultRepeatsIt() {
        JavaFileObject source = change("AddCode", "",
                List.of("op.addColumn(\"users\", column(\"code\", varchar(20)).defaultValue(\"x\").unique());"),
                List.of("op.dropUniqueConstraint(\"uk_users_code\", \"users\");", "op.dropColumn(\"users\", \"code\");"));
        Compilation compilation = compile(List.of("-Aretort.check.blocking_index=off"), createUsers(), source);
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[retort:unique-on-existing-table] createUniqueConstraint"
                + " uk_users_code on users fails if the rows users already holds repeat a value of (code)")
                .inFile(source).onLine(11);
    }
}
