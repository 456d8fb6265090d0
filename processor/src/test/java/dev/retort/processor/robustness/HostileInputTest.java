package dev.retort.processor.robustness;

import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;
import static dev.retort.processor.expect.Reported.warning;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.processor.expect.Reported;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hostile edit of the seed project, compiled once: no crash, no stack trace, and where the edit
 * breaks a rule, the check that owns the rule refuses it.
 */
class HostileInputTest {

    private static InProcessJavac javac;

    /** The seed's one finding (a plain setNotNull on an existing table), which every edit that keeps the graph readable shows. */
    private static final Reported SET_NOT_NULL = setNotNullAt(26);

    private static Reported setNotNullAt(int line) {
        return warning("app/migrations/Orders.java", line, 22, "[retort:blocking-set-not-null] setNotNull"
                + " users.full_name scans users holding a lock that blocks its reads and writes on PostgreSQL: use"
                + " op.setNotNullSafely(\"users\", \"full_name\") (a NOT VALID check, validated, then SET NOT NULL"
                + " without a scan).");
    }

    /** Everything each edit makes javac and Retort report: the refusals, and what follows from them. */
    private static final Map<String, List<Reported>> REPORTED = Map.ofEntries(
            Map.entry("op kept in a local", List.of(SET_NOT_NULL,
                error("app/migrations/AddName.java", 10, 21, "[retort:unreadable] Retort reads only calls on op, such"
                        + " as op.addColumn(...): keep no other reference to it (move such code into op.run(connection"
                        + " -> { ... }))."))),
            Map.entry("op kept as an Object", List.of(SET_NOT_NULL,
                error("app/migrations/AddName.java", 10, 25, "[retort:unreadable] Retort reads only calls on op, such"
                        + " as op.addColumn(...): keep no other reference to it (move such code into op.run(connection"
                        + " -> { ... }))."))),
            Map.entry("op passed to a helper", List.of(SET_NOT_NULL,
                error("app/migrations/AddName.java", 10, 9, "[retort:unreadable] Retort reads upgrade and downgrade as"
                        + " a straight list of op calls: move this statement into op.run(connection -> { ... }), or use"
                        + " literals and constants."))),
            Map.entry("a constant conditional", List.of(SET_NOT_NULL)),
            Map.entry("a 250-character column", List.of(SET_NOT_NULL,
                error("app/migrations/AddName.java", 10, 21, "[retort:identifier-too-long] column name n"
                        + "a".repeat(249) + " is 250 bytes long, over the limit of 63 bytes on PostgreSQL, which cuts it"
                        + " without a word and 64 characters on MariaDB/MySQL, which refuses it: shorten it."),
                error("app/migrations/Orders.java", 25, 22, "[retort:unknown-object] dropColumn users.name does not"
                        + " fit the schema at this point: table users has no column name."))),
            Map.entry("a 250-character field", List.of(SET_NOT_NULL)),
            Map.entry("line and paragraph separators in a description", List.of(SET_NOT_NULL)),
            Map.entry("a 70-character id", List.of(
                error("app/migrations/AddName.java", 7, 17, "[retort:invalid-annotation] migration id"
                        + " 'bbbbbbbbbbbbbbbb...' has 70 characters, and the history table holds ids of up to 64: use a"
                        + " short unique id such as \"728d86904477\"."),
                error("app/migrations/IndexEmail.java", 8, 34, "[retort:graph] IndexEmail revises 'b2', but no"
                        + " migration has that id: revise an existing id."),
                error("app/migrations/CreateUsers.java", 7, 17, "[retort:graph] the migrations have several heads"
                        + " (CreateUsers, Orders): create a merge migration with revises = {\"a1\", \"d4\"} and an"
                        + " empty upgrade (a merge that changes nothing needs no downgrade)."),
                error("app/migrations/Orders.java", 8, 17, "[retort:graph] the migrations have several heads"
                        + " (CreateUsers, Orders): create a merge migration with revises = {\"a1\", \"d4\"} and an"
                        + " empty upgrade (a merge that changes nothing needs no downgrade)."))),
            Map.entry("a 1200-character description", List.of(SET_NOT_NULL,
                error("app/migrations/AddName.java", 7, 53, "[retort:invalid-annotation] the description of AddName"
                        + " has 1200 characters, and the history table holds up to 1000: say in a sentence what it"
                        + " changes, and the rest in its Javadoc."))),
            Map.entry("an empty downgrade", List.of(SET_NOT_NULL,
                error("app/migrations/AddName.java", 12, 27, "[retort:missing-downgrade] the downgrade of AddName is"
                        + " empty: write the exact inverse of upgrade: op.dropColumn(\"users\", \"name\");"))),
            Map.entry("an unknown revises", List.of(
                error("app/migrations/AddName.java", 7, 33, "[retort:graph] AddName revises 'zz', but no migration has"
                        + " that id: revise an existing id."),
                error("app/migrations/CreateUsers.java", 7, 17, "[retort:graph] the migrations have several heads"
                        + " (CreateUsers, Orders): create a merge migration with revises = {\"a1\", \"d4\"} and an"
                        + " empty upgrade (a merge that changes nothing needs no downgrade)."),
                error("app/migrations/Orders.java", 8, 17, "[retort:graph] the migrations have several heads"
                        + " (CreateUsers, Orders): create a merge migration with revises = {\"a1\", \"d4\"} and an"
                        + " empty upgrade (a merge that changes nothing needs no downgrade)."))),
            Map.entry("a note removed", List.of(setNotNullAt(25),
                error("app/migrations/Orders.java", 24, 22, "[retort:rename-as-drop] dropColumn users.name and"
                        + " addColumn users.full_name (varchar(255)) lose the data a rename keeps: use"
                        + " op.renameColumn(\"users\", \"name\", \"full_name\");\n  if the drop is meant, copy the data"
                        + " and say where it went with @DataPreserved(table = \"users\", column = \"name\", note ="
                        + " \"...\")."))),
            Map.entry("a relation to String", List.of(SET_NOT_NULL,
                error("app/model/User.java", 9, 52, "[retort:relation-target] 'owner' is a relation to"
                        + " java.lang.Object, which is not an @Entity: annotate it, or map the attribute otherwise."))),
            Map.entry("an index of no columns", List.of(SET_NOT_NULL,
                error("app/model/User.java", 6, 54, "[retort:invalid-mapping] an @Index on table users names no column"
                        + " (columnList is empty): name its columns, as Hibernate refuses an index of none."))),
            Map.entry("two entities on one table", List.of(SET_NOT_NULL)),
            Map.entry("two entities of one name", List.of(SET_NOT_NULL,
                error("app/model/User.java", 5, 1, "[retort:invalid-mapping] entity name 'User' is taken by"
                        + " app.model.Other and app.model.User: Hibernate refuses two entities of one name; give one"
                        + " another @Entity(name = ...)."),
                error("app/model/Team.java", 10, 46, "[retort:relation-target] 'members' is a relation to"
                        + " app.model.User, which is not an @Entity: annotate it, or map the attribute otherwise."))));

    @BeforeAll
    static void open() {
        // The seed project has no entity for its orders table: drift is another test's subject.
        javac = new InProcessJavac(List.of("-Aretort.check.drift=off"));
    }

    @AfterAll
    static void close() throws Exception {
        javac.close();
    }

    static Stream<Arguments> edits() {
        return HostileEdits.all().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void neverACrashAndEveryBrokenRuleRefused(HostileEdits.Edit edit) {
        InProcessJavac.Outcome outcome = javac.compile(edit.apply().apply(Seeds.project()));
        assertTrue(outcome.processorRan(), edit.name());
        assertNull(outcome.escaped(), edit.name());
        List<String> messages = outcome.diagnostics().stream().map(d -> d.getMessage(null)).toList();
        for (String message : messages) {
            assertTrue(!message.contains("[retort:internal]") && !message.contains("\tat "), message);
        }
        if (edit.refusedBy() != null) {
            long refusals = outcome.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR
                    && d.getMessage(null).startsWith("[retort:" + edit.refusedBy() + "]")).count();
            assertTrue(refusals > 0, edit.name() + " must be refused by " + edit.refusedBy() + ": " + messages);
        }
        List<Reported> expected = REPORTED.get(edit.name());
        assertNotNull(expected, edit.name() + " needs what it reports in REPORTED");
        assertReported(outcome.withoutJavacLint().stream().map(Reported::of).toList(), expected.toArray(Reported[]::new));
    }

    @Test
    void theUntouchedProjectShowsOnlyItsOneWarning() {
        InProcessJavac.Outcome clean = javac.compile(Seeds.project());
        assertReported(clean.withoutJavacLint().stream().map(Reported::of).toList(), SET_NOT_NULL);
    }
}
