package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.migration;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;
import static dev.retort.processor.expect.Reported.warning;

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

        assertReported(compilation,
                error(renamePhone, 11, 24, "[retort:unknown-object] renameColumn users.phone to mobile does not fit"
                        + " the schema at this point: table users has no column phone."),
                error(addAge, 11, 21, "[retort:unsafe-not-null] addColumn users.age adds a NOT NULL column without"
                        + " default to users, which existed before this migration and may hold rows:\n  add it"
                        + " nullable, backfill with execute, then setNotNull — or give it a default."),
                error(shortenEmail, 11, 27, "[retort:narrowing-without-note] alterColumnType users.email to"
                        + " varchar(100) narrows varchar(255) and can lose values longer than 100 characters: copy them"
                        + " first, then say where they went with\n  @DataPreserved(table = \"users\", column ="
                        + " \"email\", note = \"...\") on ShortenEmail."),
                error(shortenEmail, 13, 27, "[retort:missing-downgrade] the downgrade of ShortenEmail is empty: write"
                        + " the exact inverse of upgrade: op.alterColumnType(\"users\", \"email\", varchar(255));"),
                error(unreadable, 11, 40, "[retort:unreadable] Retort cannot read this value at compile time: use a"
                        + " literal or a constant."),
                warning(after, 11, 19, "[retort:ddl-in-execute] execute runs DDL (CREATE INDEX idx_users_age ON users"
                        + " (age...) that Retort cannot replay, so the checks, the inverse and drift miss it: use"
                        + " op.createIndex instead."));
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
        assertReported(compilation,
                error(dropOrders, 11, 21, "[retort:unknown-object] dropTable orders does not fit the schema at this"
                        + " point: there is no table orders."),
                error(dropNope, 11, 23, "[retort:unknown-object] dropNotNull users.nope does not fit the schema at"
                        + " this point: table users has no column nope."));
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
