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

class TableRewriteTest {

    @Test
    void aChangeEveryDatabaseCopiesTheTableForNamesBoth() {
        JavaFileObject source = change("IdToNumeric", "",
                List.of("op.alterColumnType(\"users\", \"id\", numeric(30, 2));"),
                List.of("op.alterColumnType(\"users\", \"id\", BIGINT);"));
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                warning(source, 11, 27, "[retort:table-rewrite] alterColumnType users.id to numeric(30, 2)"
                + " (from bigint) rewrites users, blocking its reads and writes while it copies, on PostgreSQL and"
                + " MariaDB (ALGORITHM=COPY): add a column of the new type, backfill it, and switch to it, or run this"
                + " at a quiet time."),
                NO_ENTITY);
    }

    @Test
    void varcharToTextKeepsTheRowsOnPostgresqlButNotOnMariaDb() {
        JavaFileObject source = change("EmailToText", "",
                List.of("op.alterColumnType(\"users\", \"email\", TEXT);"),
                List.of("op.alterColumnType(\"users\", \"email\", varchar(255));"));
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                warning(source, 11, 27, "[retort:table-rewrite] alterColumnType users.email to text (from"
                + " varchar(255)) rewrites users, blocking its reads and writes while it copies, on MariaDB"
                + " (ALGORITHM=COPY): add a column of the new type, backfill it, and switch to it, or run this at a"
                + " quiet time."),
                NO_ENTITY);
        assertReported(compile(List.of("-Aretort.dialects=postgresql"), createUsers(), source), NO_ENTITY);
    }

    @Test
    void aLongerVarcharOfTheSameLengthPrefixPassesEverywhere() {
        JavaFileObject source = change("LongerEmail", "",
                List.of("op.alterColumnType(\"users\", \"email\", varchar(320));"),
                List.of("op.alterColumnType(\"users\", \"email\", varchar(255));"));
        assertReported(compile(createUsers(), source), NO_ENTITY);
    }
}
