package dev.retort.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class UnsafeNotNullTest {

    private static JavaFileObject addPhone(String column) {
        return change("AddPhone", "", List.of("op.addColumn(\"users\", " + column + ");"),
                List.of("op.dropColumn(\"users\", \"phone\");"));
    }

    @Test
    void aNotNullColumnWithoutDefaultOnAnExistingTableIsAnError() {
        JavaFileObject source = addPhone("column(\"phone\", varchar(20)).notNull()");
        Compilation compilation = compile(createUsers(), source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[retort:unsafe-not-null] addColumn users.phone adds a NOT NULL"
                + " column without default to users, which existed before this migration and may hold rows:\n  add it"
                + " nullable, backfill with execute, then setNotNullSafely \u2014 or give it a default.")
                .inFile(source).onLine(11);
    }

    @Test
    void aDefaultMakesItSafe() {
        assertThat(compile(createUsers(), addPhone("column(\"phone\", varchar(20)).notNull().defaultValue(\"none\")")))
                .succeededWithoutWarnings();
    }

    @Test
    void theThreeStepsCompile() {
        JavaFileObject source = change("AddPhone", "",
                List.of("op.addColumn(\"users\", column(\"phone\", varchar(20)));",
                        "op.execute(\"UPDATE users SET phone = 'none'\");",
                        "op.setNotNullSafely(\"users\", \"phone\");"),
                List.of("op.dropNotNull(\"users\", \"phone\");", "op.dropColumn(\"users\", \"phone\");"));
        assertThat(compile(createUsers(), source)).succeededWithoutWarnings();
    }

    @Test
    void aTableCreatedInTheSameMigrationHasNoRows() {
        JavaFileObject source = change("CreateT", "",
                List.of("op.createTable(\"t\", column(\"id\", BIGINT).primaryKey());",
                        "op.addColumn(\"t\", column(\"name\", TEXT).notNull());"),
                List.of("op.dropTable(\"t\");"));
        assertThat(compile(createUsers(), source)).succeededWithoutWarnings();
    }

    @Test
    void aTableRenamedInTheSameMigrationStillHasItsRows() {
        JavaFileObject source = change("RenameUsers", "",
                List.of("op.renameTable(\"users\", \"people\");",
                        "op.addColumn(\"people\", column(\"name\", TEXT).notNull());"),
                List.of("op.dropColumn(\"people\", \"name\");", "op.renameTable(\"people\", \"users\");"));
        Compilation compilation = compile(createUsers(), source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[retort:unsafe-not-null] addColumn people.name").inFile(source)
                .onLine(12);
    }

    @Test
    void asAWarningPerBuildItCompiles() {
        Compilation compilation = compile(List.of("-Aretort.check.unsafe_not_null=warning"), createUsers(),
                addPhone("column(\"phone\", varchar(20)).notNull()"));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[retort:unsafe-not-null] addColumn users.phone")
                .inFile(compilation.sourceFiles().get(1)).onLine(11);
    }
}
