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

class UnsafeNotNullTest {

    private static JavaFileObject addPhone(String column) {
        return change("AddPhone", "", List.of("op.addColumn(\"users\", " + column + ");"),
                List.of("op.dropColumn(\"users\", \"phone\");"));
    }

    @Test
    void aNotNullColumnWithoutDefaultOnAnExistingTableIsAnError() {
        JavaFileObject source = addPhone("column(\"phone\", varchar(20)).notNull()");
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                error(source, 11, 21, "[retort:unsafe-not-null] addColumn users.phone adds a NOT NULL column"
                        + " without default to users, which existed before this migration and may hold rows:\n  add it"
                        + " nullable, backfill with execute, then setNotNullSafely \u2014 or give it a default."),
                NO_ENTITY);
    }

    @Test
    void aDefaultMakesItSafe() {
        assertReported(compile(createUsers(), addPhone("column(\"phone\", varchar(20)).notNull().defaultValue(\"none\")")),
                NO_ENTITY);
    }

    @Test
    void theThreeStepsCompile() {
        JavaFileObject source = change("AddPhone", "",
                List.of("op.addColumn(\"users\", column(\"phone\", varchar(20)));",
                        "op.execute(\"UPDATE users SET phone = 'none'\");",
                        "op.setNotNullSafely(\"users\", \"phone\");"),
                List.of("op.dropNotNull(\"users\", \"phone\");", "op.dropColumn(\"users\", \"phone\");"));
        assertReported(compile(createUsers(), source), NO_ENTITY);
    }

    @Test
    void aTableCreatedInTheSameMigrationHasNoRows() {
        JavaFileObject source = change("CreateT", "",
                List.of("op.createTable(\"t\", column(\"id\", BIGINT).primaryKey());",
                        "op.addColumn(\"t\", column(\"name\", TEXT).notNull());"),
                List.of("op.dropTable(\"t\");"));
        assertReported(compile(createUsers(), source), NO_ENTITY);
    }

    @Test
    void aTableRenamedInTheSameMigrationStillHasItsRows() {
        JavaFileObject source = change("RenameUsers", "",
                List.of("op.renameTable(\"users\", \"people\");",
                        "op.addColumn(\"people\", column(\"name\", TEXT).notNull());"),
                List.of("op.dropColumn(\"people\", \"name\");", "op.renameTable(\"people\", \"users\");"));
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                error(source, 12, 21, "[retort:unsafe-not-null] addColumn people.name adds a NOT NULL column without"
                        + " default to people, which existed before this migration and may hold rows:\n  add it"
                        + " nullable, backfill with execute, then setNotNull — or give it a default."),
                NO_ENTITY);
    }

    @Test
    void asAWarningPerBuildItCompiles() {
        Compilation compilation = compile(List.of("-Aretort.check.unsafe_not_null=warning"), createUsers(),
                addPhone("column(\"phone\", varchar(20)).notNull()"));
        assertReported(compilation,
                warning(compilation.sourceFiles().get(1), 11, 21, "[retort:unsafe-not-null] addColumn users.phone adds"
                        + " a NOT NULL column without default to users, which existed before this migration and may"
                        + " hold rows:\n  add it nullable, backfill with execute, then setNotNull — or give it a"
                        + " default."),
                NO_ENTITY);
    }
}
