package dev.retort.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.migration;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A fault in one migration does not hide the others, and is not repeated by the ones after it. */
class NoCascadeTest {

    /** A migration {@code id} revising {@code revises}: upgrade statements from line 11, then the downgrade. */
    private static JavaFileObject step(String name, String id, String revises, List<String> up, List<String> down) {
        List<String> body = new ArrayList<>();
        body.add("    @Override public void upgrade(Ops op) {");
        up.forEach(line -> body.add("        " + line));
        body.add("    }");
        body.add("    @Override public void downgrade(Ops op) {");
        down.forEach(line -> body.add("        " + line));
        body.add("    }");
        return migration(name, "@Migration(id = \"" + id + "\", revises = \"" + revises + "\", description = \"" + name
                + "\")", body.toArray(String[]::new));
    }

    @Test
    void everyIndependentFaultIsReportedOnce() {
        JavaFileObject renamePhone = step("RenamePhone", "b2", "a1",
                List.of("op.renameColumn(\"users\", \"phone\", \"mobile\");"),
                List.of("op.renameColumn(\"users\", \"mobile\", \"phone\");"));
        JavaFileObject addAge = step("AddAge", "c3", "b2",
                List.of("op.addColumn(\"users\", column(\"age\", INTEGER).notNull());"),
                List.of("op.dropColumn(\"users\", \"age\");"));
        JavaFileObject shortenEmail = step("ShortenEmail", "d4", "c3",
                List.of("op.alterColumnType(\"users\", \"email\", varchar(100));"), List.of());
        JavaFileObject unreadable = step("AddSomething", "e5", "d4",
                List.of("op.addColumn(System.getProperty(\"table\"), column(\"x\", TEXT));"),
                List.of("op.dropColumn(\"t\", \"x\");"));
        JavaFileObject after = step("IndexAge", "f6", "e5",
                List.of("op.execute(\"CREATE INDEX idx_users_age ON users (age)\");",
                        "op.setNotNull(\"users\", \"age\");"),
                List.of("op.dropNotNull(\"users\", \"age\");"));
        Compilation compilation = compile(createUsers(), renamePhone, addAge, shortenEmail, unreadable, after);

        assertThat(compilation).hadErrorContaining("[retort:unknown-object] renameColumn users.phone to mobile")
                .inFile(renamePhone).onLine(11);
        assertThat(compilation).hadErrorContaining("[retort:unsafe-not-null] addColumn users.age")
                .inFile(addAge).onLine(11);
        assertThat(compilation).hadErrorContaining("[retort:narrowing-without-note] alterColumnType users.email")
                .inFile(shortenEmail).onLine(11);
        assertThat(compilation).hadErrorContaining("[retort:missing-downgrade] the downgrade of ShortenEmail is empty")
                .inFile(shortenEmail).onLine(13);
        assertThat(compilation).hadErrorContaining("[retort:unreadable] Retort cannot read this value at compile time")
                .inFile(unreadable).onLine(11);
        assertThat(compilation).hadWarningContaining("[retort:ddl-in-execute] execute runs DDL (CREATE INDEX")
                .inFile(after).onLine(11);
        assertThat(compilation).hadErrorCount(5);
        assertThat(compilation).hadWarningCount(1);
        assertOnce(compilation);
    }

    @Test
    void aMisfitIsNotRepeatedOnTheSameTableButAnotherTableIsStillChecked() {
        JavaFileObject dropOrders = step("DropOrders", "b2", "a1", List.of("op.dropTable(\"orders\");"),
                List.of("op.createTable(\"orders\", column(\"id\", BIGINT).primaryKey());"));
        JavaFileObject addTotal = step("AddTotal", "c3", "b2",
                List.of("op.addColumn(\"orders\", column(\"total\", INTEGER));"),
                List.of("op.dropColumn(\"orders\", \"total\");"));
        JavaFileObject dropNope = step("DropNope", "d4", "c3", List.of("op.dropNotNull(\"users\", \"nope\");"),
                List.of("op.setNotNull(\"users\", \"nope\");"));
        Compilation compilation = compile(createUsers(), dropOrders, addTotal, dropNope);
        assertThat(compilation).hadErrorContaining("[retort:unknown-object] dropTable orders does not fit the schema"
                + " at this point: there is no table orders.").inFile(dropOrders).onLine(11);
        assertThat(compilation).hadErrorContaining("[retort:unknown-object] dropNotNull users.nope does not fit the"
                + " schema at this point: table users has no column nope.").inFile(dropNope).onLine(11);
        assertThat(compilation).hadErrorCount(2);
    }

    private static void assertOnce(Compilation compilation) {
        List<String> seen = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            String key = d.getSource().getName() + ":" + d.getLineNumber() + ":" + d.getMessage(null);
            if (seen.contains(key)) {
                throw new AssertionError("reported twice: " + key);
            }
            seen.add(key);
        }
    }
}
