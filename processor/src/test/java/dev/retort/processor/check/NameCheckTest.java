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

class NameCheckTest {

    private static final String NAME_64 = "a".repeat(64);
    private static final String NAME_65 = "b".repeat(65);

    @Test
    void aNameOverPostgresqlsLimitIsAnErrorNamingTheLimitsItExceeds() {
        JavaFileObject source = change("LongNames", "",
                List.of("op.addColumn(\"users\", column(\"" + NAME_64 + "\", TEXT));",
                        "op.addColumn(\"users\", column(\"" + NAME_65 + "\", TEXT));"),
                List.of("op.dropColumn(\"users\", \"" + NAME_65 + "\");", "op.dropColumn(\"users\", \"" + NAME_64 + "\");"));
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                error(source, 11, 21, "[retort:identifier-too-long] column name " + NAME_64 + " is 64 bytes"
                + " long, over the limit of 63 bytes on PostgreSQL, which cuts it without a word: shorten it."),
                error(source, 12, 21, "[retort:identifier-too-long] column name " + NAME_65 + " is 65 bytes"
                + " long, over the limit of 63 bytes on PostgreSQL, which cuts it without a word and 64 characters on"
                + " MariaDB/MySQL, which refuses it: shorten it."),
                NO_ENTITY);
        assertReported(compile(List.of("-Aretort.dialects=h2,mariadb"), createUsers(), change("LongName", "",
                List.of("op.addColumn(\"users\", column(\"" + NAME_64 + "\", TEXT));"),
                List.of("op.dropColumn(\"users\", \"" + NAME_64 + "\");"))), NO_ENTITY);
    }

    @Test
    void aNameOverH2sLimitIsAnErrorWhenOnlyH2IsTargeted() {
        String name = "c".repeat(257);
        JavaFileObject source = change("LongName", "",
                List.of("op.addColumn(\"users\", column(\"" + name + "\", TEXT));"),
                List.of("op.dropColumn(\"users\", \"" + name + "\");"));
        assertReported(compile(List.of("-Aretort.dialects=h2"), createUsers(), source),
                error(source, 11, 21, "[retort:identifier-too-long] column name " + name + " is 257 bytes"
                + " long, over the limit of 256 characters on H2, which refuses it: shorten it."),
                NO_ENTITY);
        String fits = "c".repeat(256);
        assertReported(compile(List.of("-Aretort.dialects=h2"), createUsers(), change("LongName", "",
                List.of("op.addColumn(\"users\", column(\"" + fits + "\", TEXT));"),
                List.of("op.dropColumn(\"users\", \"" + fits + "\");"))), NO_ENTITY);
    }

    @Test
    void thePrimaryKeyNamePostgresqlDerivesFromTheTableCounts() {
        String table = "t".repeat(59);
        JavaFileObject source = change("LongTable", "",
                List.of("op.createTable(\"" + table + "\", column(\"id\", BIGINT).primaryKey());"),
                List.of("op.dropTable(\"" + table + "\");"));
        assertReported(compile(createUsers(), source),
                error(source, 11, 23, "[retort:identifier-too-long] primary key name "
                + table + "_pkey is 64 bytes long, over the limit of 63 bytes on PostgreSQL, which cuts it"
                + " without a word: shorten it."),
                NO_ENTITY);
    }

    @Test
    void turnedOnAReservedWordForATableOrColumnIsAWarning() {
        JavaFileObject source = change("AddYear", "",
                List.of("op.addColumn(\"users\", column(\"year\", INTEGER));",
                        "op.createIndexOnline(\"idx_users_year\", \"users\", \"year\");"),
                List.of("op.dropIndexOnline(\"idx_users_year\", \"users\");", "op.dropColumn(\"users\", \"year\");"));
        assertReported(compile(createUsers(), source), NO_ENTITY);
        Compilation compilation = compile(List.of("-Aretort.check.reserved_word=warning"), createUsers(), source);
        assertReported(compilation,
                warning(source, 11, 21, "[retort:reserved-word] column name year is a reserved word in H2:"
                + " Retort quotes it there, but Hibernate and hand-written SQL must quote it too"
                + " (@Column(name = \"`year`\")); rename it instead if you can."),
                NO_ENTITY);
    }

    @Test
    void aWordIsReservedOnlyWhereATargetedDatabaseReservesIt() {
        JavaFileObject source = change("AddFreeze", "",
                List.of("op.addColumn(\"users\", column(\"freeze\", INTEGER));",
                        "op.addColumn(\"users\", column(\"user\", INTEGER));"),
                List.of("op.dropColumn(\"users\", \"user\");", "op.dropColumn(\"users\", \"freeze\");"));
        assertReported(compile(List.of("-Aretort.check.reserved_word=warning"), createUsers(), source),
                warning(source, 11, 21, "[retort:reserved-word] column name freeze is a reserved word in PostgreSQL:"
                + " Retort quotes it there, but Hibernate and hand-written SQL must quote it too"
                + " (@Column(name = \"`freeze`\")); rename it instead if you can."),
                warning(source, 12, 21, "[retort:reserved-word] column name user is a reserved word in H2 and"
                + " PostgreSQL: Retort quotes it there, but Hibernate and hand-written SQL must quote it too"
                + " (@Column(name = \"`user`\")); rename it instead if you can."),
                NO_ENTITY);
        assertReported(compile(List.of("-Aretort.check.reserved_word=warning", "-Aretort.dialects=mariadb"),
                createUsers(), source), NO_ENTITY);
    }

    @Test
    void plainNamesPass() {
        JavaFileObject source = change("AddBirthYear", "",
                List.of("op.addColumn(\"users\", column(\"birth_year\", INTEGER));"),
                List.of("op.dropColumn(\"users\", \"birth_year\");"));
        assertReported(compile(createUsers(), source), NO_ENTITY);
    }
}
