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

class VolatileDefaultTest {

    private static JavaFileObject add(String column) {
        return change("AddCreated", "", List.of("op.addColumn(\"users\", " + column + ");"),
                List.of("op.dropColumn(\"users\", \"created\");"));
    }

    @Test
    void aCurrentTimestampDefaultOnAnExistingTableIsAWarning() {
        JavaFileObject source = add("column(\"created\", TIMESTAMP).notNull().defaultNow()");
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                warning(source, 11, 21, "[retort:volatile-default] addColumn users.created defaults to"
                        + " CURRENT_TIMESTAMP, which the database computes for every existing row of users (MySQL and"
                        + " MariaDB rebuild the table, and old rows get the migration's time):\n  add it nullable"
                        + " without default, backfill with execute, then setDefault."),
                NO_ENTITY);
    }

    @Test
    void anIdentityColumnOnAnExistingTableIsAWarning() {
        JavaFileObject source = add("column(\"created\", BIGINT).notNull().identity()");
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                warning(source, 11, 21, "[retort:volatile-default] addColumn users.created is an identity column,"
                        + " which the database fills row by row for every existing row of users (PostgreSQL rewrites"
                        + " the table under an exclusive lock): move it to a migration of its own, run at a quiet time."),
                NO_ENTITY);
    }

    @Test
    void aConstantDefaultIsStoredOnce() {
        assertReported(compile(createUsers(), add("column(\"created\", INTEGER).notNull().defaultValue(0)")),
                NO_ENTITY);
    }

    @Test
    void aNewTableHasNoRowsToFill() {
        JavaFileObject source = change("CreateT", "",
                List.of("op.createTable(\"t\", column(\"id\", BIGINT).primaryKey());",
                        "op.addColumn(\"t\", column(\"created\", TIMESTAMP).defaultNow());"),
                List.of("op.dropTable(\"t\");"));
        assertReported(compile(createUsers(), source), NO_ENTITY);
    }
}
