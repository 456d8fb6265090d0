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

class SafeSetNotNullTest {

    private static final List<String> DOWN = List.of("op.dropNotNull(\"users\", \"phone\");",
            "op.dropColumn(\"users\", \"phone\");");

    @Test
    void aPlainSetNotNullOnAnExistingTableAsksForTheSafeForm() {
        JavaFileObject source = change("RequirePhone", "",
                List.of("op.addColumn(\"users\", column(\"phone\", varchar(20)));",
                        "op.execute(\"UPDATE users SET phone = 'none' WHERE phone IS NULL\");",
                        "op.setNotNull(\"users\", \"phone\");"), DOWN);
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                warning(source, 13, 22, "[retort:blocking-set-not-null] setNotNull users.phone scans users"
                + " holding a lock that blocks its reads and writes on PostgreSQL: use op.setNotNullSafely(\"users\","
                + " \"phone\") (a NOT VALID check, validated, then SET NOT NULL without a scan)."),
                NO_ENTITY);
    }

    @Test
    void theSafeFormPassesAndSoDoesAPlainOneWithoutPostgresql() {
        JavaFileObject safe = change("RequirePhone", "",
                List.of("op.addColumn(\"users\", column(\"phone\", varchar(20)));",
                        "op.execute(\"UPDATE users SET phone = 'none' WHERE phone IS NULL\");",
                        "op.setNotNullSafely(\"users\", \"phone\");"), DOWN);
        assertReported(compile(createUsers(), safe), NO_ENTITY);
        JavaFileObject plain = change("RequirePhone", "",
                List.of("op.addColumn(\"users\", column(\"phone\", varchar(20)));",
                        "op.execute(\"UPDATE users SET phone = 'none' WHERE phone IS NULL\");",
                        "op.setNotNull(\"users\", \"phone\");"), DOWN);
        assertReported(compile(List.of("-Aretort.dialects=mariadb"), createUsers(), plain), NO_ENTITY);
    }
}
