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

class NarrowingWithoutNoteTest {

    private static JavaFileObject shortenEmail(String annotations) {
        return change("ShortenEmail", annotations,
                List.of("op.alterColumnType(\"users\", \"email\", varchar(100));"),
                List.of("op.alterColumnType(\"users\", \"email\", varchar(255));"));
    }

    @Test
    void aShorterVarcharIsAnErrorOnTheCall() {
        JavaFileObject source = shortenEmail("");
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                error(source, 11, 27, "[retort:narrowing-without-note] alterColumnType users.email to varchar(100)"
                        + " narrows varchar(255) and can lose values longer than 100 characters: copy them first, then"
                        + " say where they went with\n  @DataPreserved(table = \"users\", column = \"email\", note ="
                        + " \"...\") on ShortenEmail."),
                NO_ENTITY);
    }

    @Test
    void aNoteNamingTheColumnLetsItCompileWithALossyDowngradeWarning() {
        Compilation compilation = compile(createUsers(), shortenEmail(
                "@DataPreserved(table = \"users\", column = \"email\", note = \"no email is longer than 80\") "));
        assertReported(compilation,
                warning(compilation.sourceFiles().get(1), 14, 27, "[retort:lossy-downgrade] alterColumnType"
                        + " users.email to varchar(255) brings users.email back without its data, which the upgrade"
                        + " lost (@DataPreserved: \"no email is longer than 80\"):\n  restore the data with an execute"
                        + " after it, or accept the loss with @SuppressWarnings(\"retort:lossy-downgrade\")."),
                NO_ENTITY);
    }

    @Test
    void aWideningCompiles() {
        JavaFileObject source = change("WidenEmail", "",
                List.of("op.alterColumnType(\"users\", \"email\", TEXT);", "op.alterColumnType(\"users\", \"id\", numeric(30, 2));"),
                List.of("op.alterColumnType(\"users\", \"id\", BIGINT);", "op.alterColumnType(\"users\", \"email\", varchar(255));"));
        assertReported(compile(List.of("-Aretort.check.table_rewrite=off"), createUsers(), source), NO_ENTITY);
    }

    @Test
    void bigintToIntegerIsAnError() {
        JavaFileObject source = change("NarrowId", "",
                List.of("op.alterColumnType(\"users\", \"id\", INTEGER);"),
                List.of("op.alterColumnType(\"users\", \"id\", BIGINT);"));
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                error(source, 11, 27, "[retort:narrowing-without-note] alterColumnType users.id to integer narrows"
                        + " bigint and can lose values outside the integer range: copy them first, then say where they"
                        + " went with\n  @DataPreserved(table = \"users\", column = \"id\", note = \"...\") on"
                        + " NarrowId."),
                NO_ENTITY);
    }

    @Test
    void aColumnAddedInTheSameMigrationHoldsNoDataYet() {
        JavaFileObject source = change("AddCode", "",
                List.of("op.addColumn(\"users\", column(\"code\", TEXT));", "op.alterColumnType(\"users\", \"code\", varchar(10));"),
                List.of("op.dropColumn(\"users\", \"code\");"));
        assertReported(compile(createUsers(), source), NO_ENTITY);
    }

    @Test
    void suppressedOnTheClassItCompiles() {
        assertReported(compile(createUsers(), shortenEmail("@SuppressWarnings(\"retort:narrowing-without-note\") ")),
                NO_ENTITY);
    }
}
