package dev.retort.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;

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
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[retort:blocking-set-not-null] setNotNull users.phone scans users"
                + " holding a lock that blocks its reads and writes on PostgreSQL: use op.setNotNullSafely(\"users\","
                + " \"phone\") (a NOT VALID check, validated, then SET NOT NULL without a scan).")
                .inFile(source).onLine(13);
    }

    @Test
    void theSafeFormPassesAndSoDoesAPlainOneWithoutPostgresql() {
        JavaFileObject safe = change("RequirePhone", "",
                List.of("op.addColumn(\"users\", column(\"phone\", varchar(20)));",
                        "op.execute(\"UPDATE users SET phone = 'none' WHERE phone IS NULL\");",
                        "op.setNotNullSafely(\"users\", \"phone\");"), DOWN);
        assertThat(compile(createUsers(), safe)).succeededWithoutWarnings();
        JavaFileObject plain = change("RequirePhone", "",
                List.of("op.addColumn(\"users\", column(\"phone\", varchar(20)));",
                        "op.execute(\"UPDATE users SET phone = 'none' WHERE phone IS NULL\");",
                        "op.setNotNull(\"users\", \"phone\");"), DOWN);
        assertThat(compile(List.of("-Aretort.dialects=mariadb"), createUsers(), plain)).succeededWithoutWarnings();
    }
}
