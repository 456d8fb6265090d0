package dev.retort.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class VolatileDefaultTest {

    private static JavaFileObject add(String column) {
        return change("AddCreated", "", List.of("op.addColumn(\"users\", " + column + ");"),
                List.of("op.dropColumn(\"users\", \"created\");"));
    }

    @Test
    void aCurrentTimestampDefaultOnAnExistingTableIsAWarning() {
        JavaFileObject source = add("column(\"created\", TIMESTAMP).notNull().defaultNow()");
        Compilation compilation = compile(createUsers(), source);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[retort:volatile-default] addColumn users.created defaults to"
                + " CURRENT_TIMESTAMP, which the database computes for every existing row of users (MySQL and MariaDB"
                + " rebuild the table, and old rows get the migration's time):\n  add it nullable without default,"
                + " backfill with execute, then setDefault.").inFile(source).onLine(11);
    }

    @Test
    void anIdentityColumnOnAnExistingTableIsAWarning() {
        JavaFileObject source = add("column(\"created\", BIGINT).notNull().identity()");
        Compilation compilation = compile(createUsers(), source);
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[retort:volatile-default] addColumn users.created is an identity"
                + " column, which the database fills row by row for every existing row of users (PostgreSQL rewrites"
                + " the table under an exclusive lock): move it to a migration of its own, run at a quiet time.")
                .inFile(source).onLine(11);
    }

    @Test
    void aConstantDefaultIsStoredOnce() {
        assertThat(compile(createUsers(), add("column(\"created\", INTEGER).notNull().defaultValue(0)")))
                .succeededWithoutWarnings();
    }

    @Test
    void aNewTableHasNoRowsToFill() {
        JavaFileObject source = change("CreateT", "",
                List.of("op.createTable(\"t\", column(\"id\", BIGINT).primaryKey());",
                        "op.addColumn(\"t\", column(\"created\", TIMESTAMP).defaultNow());"),
                List.of("op.dropTable(\"t\");"));
        assertThat(compile(createUsers(), source)).succeededWithoutWarnings();
    }
}
