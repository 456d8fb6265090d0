package dev.retort.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;

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
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[retort:narrowing-without-note] alterColumnType users.email to"
                + " varchar(100) narrows varchar(255) and can lose values longer than 100 characters: copy them first,"
                + " then say where they went with\n  @DataPreserved(table = \"users\", column = \"email\","
                + " note = \"...\") on ShortenEmail.").inFile(source).onLine(11);
    }

    @Test
    void aNoteNamingTheColumnLetsItCompileWithALossyDowngradeWarning() {
        Compilation compilation = compile(createUsers(), shortenEmail(
                "@DataPreserved(table = \"users\", column = \"email\", note = \"no email is longer than 80\") "));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[retort:lossy-downgrade] alterColumnType users.email to"
                + " varchar(255) brings users.email back");
    }

    @Test
    void aWideningCompiles() {
        JavaFileObject source = change("WidenEmail", "",
                List.of("op.alterColumnType(\"users\", \"email\", TEXT);", "op.alterColumnType(\"users\", \"id\", numeric(30, 2));"),
                List.of("op.alterColumnType(\"users\", \"id\", BIGINT);", "op.alterColumnType(\"users\", \"email\", varchar(255));"));
        assertThat(compile(List.of("-Aretort.check.table_rewrite=off"), createUsers(), source)).succeededWithoutWarnings();
    }

    @Test
    void bigintToIntegerIsAnError() {
        JavaFileObject source = change("NarrowId", "",
                List.of("op.alterColumnType(\"users\", \"id\", INTEGER);"),
                List.of("op.alterColumnType(\"users\", \"id\", BIGINT);"));
        Compilation compilation = compile(createUsers(), source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[retort:narrowing-without-note] alterColumnType users.id to integer"
                + " narrows bigint and can lose values outside the integer range:").inFile(source).onLine(11);
    }

    @Test
    void aColumnAddedInTheSameMigrationHoldsNoDataYet() {
        JavaFileObject source = change("AddCode", "",
                List.of("op.addColumn(\"users\", column(\"code\", TEXT));", "op.alterColumnType(\"users\", \"code\", varchar(10));"),
                List.of("op.dropColumn(\"users\", \"code\");"));
        assertThat(compile(createUsers(), source)).succeededWithoutWarnings();
    }

    @Test
    void suppressedOnTheClassItCompiles() {
        assertThat(compile(createUsers(), shortenEmail("@SuppressWarnings(\"retort:narrowing-without-note\") ")))
                .succeededWithoutWarnings();
    }
}
