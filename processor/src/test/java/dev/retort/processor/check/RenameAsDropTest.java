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

class RenameAsDropTest {

    private static JavaFileObject renameEmail(String annotations) {
        return change("RenameEmail", annotations,
                List.of("op.addColumn(\"users\", column(\"mail\", varchar(255)));",
                        "op.dropColumn(\"users\", \"email\");"),
                List.of("op.addColumn(\"users\", column(\"email\", varchar(255)).notNull());",
                        "op.dropColumn(\"users\", \"mail\");"));
    }

    @Test
    void aDropAndAnAddOfTheSameTypeIsOneErrorOnTheDrop() {
        JavaFileObject source = renameEmail("");
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                error(source, 12, 22, "[retort:rename-as-drop] dropColumn users.email and addColumn users.mail"
                        + " (varchar(255)) lose the data a rename keeps: use op.renameColumn(\"users\", \"email\","
                        + " \"mail\");\n  if the drop is meant, copy the data and say where it went with"
                        + " @DataPreserved(table = \"users\", column = \"email\", note = \"...\")."),
                NO_ENTITY);
    }

    @Test
    void whenRenameAsDropIsOffTheDropIsStillADropWithoutNote() {
        Compilation compilation = compile(List.of("-Aretort.check.rename_as_drop=off"), createUsers(), renameEmail(""));
        assertReported(compilation,
                error(compilation.sourceFiles().get(1), 12, 22, "[retort:drop-without-note] dropColumn users.email"
                        + " loses the data in users.email: copy it first, then say where it went with\n "
                        + " @DataPreserved(table = \"users\", column = \"email\", note = \"...\") on RenameEmail."),
                NO_ENTITY);
    }

    @Test
    void withANoteItIsTheCopyThenDropPattern() {
        Compilation compilation = compile(createUsers(), renameEmail(
                "@DataPreserved(table = \"users\", column = \"email\", note = \"copied into mail\") "));
        assertReported(compilation,
                NO_ENTITY,
                warning(compilation.sourceFiles().get(1), 15, 21, "[retort:lossy-downgrade] addColumn users.email"
                        + " brings users.email back without its data, which the upgrade lost (@DataPreserved: \"copied"
                        + " into mail\"):\n  restore the data with an execute after it, or accept the loss with"
                        + " @SuppressWarnings(\"retort:lossy-downgrade\")."));
    }

    @Test
    void aDifferentTypeIsNotARename() {
        JavaFileObject source = change("Replace", "@DataPreserved(table = \"users\", column = \"email\", note = \"gone\") ",
                List.of("op.addColumn(\"users\", column(\"mail\", TEXT));", "op.dropColumn(\"users\", \"email\");"),
                List.of("op.addColumn(\"users\", column(\"email\", varchar(255)).notNull().defaultValue(\"\"));",
                        "op.dropDefault(\"users\", \"email\");", "op.dropColumn(\"users\", \"mail\");"));
        assertReported(compile(createUsers(), source),
                NO_ENTITY,
                warning(source, 15, 21, "[retort:lossy-downgrade] addColumn users.email brings users.email back"
                        + " without its data, which the upgrade lost (@DataPreserved: \"gone\"):\n  restore the data"
                        + " with an execute after it, or accept the loss with"
                        + " @SuppressWarnings(\"retort:lossy-downgrade\")."));
    }

    @Test
    void aTableDroppedAndCreatedWithTheSameColumnsIsAnError() {
        JavaFileObject source = change("RenameUsers", "",
                List.of("op.createTable(\"people\", column(\"id\", BIGINT).primaryKey(), column(\"email\", varchar(255)).notNull());",
                        "op.dropTable(\"users\");"),
                List.of("op.createTable(\"users\", column(\"id\", BIGINT).primaryKey(), column(\"email\", varchar(255)).notNull());",
                        "op.dropTable(\"people\");"));
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                error(source, 12, 21, "[retort:rename-as-drop] dropTable users and createTable people of the same"
                        + " columns lose the data a rename keeps: use op.renameTable(\"users\", \"people\");\n  if the"
                        + " drop is meant, copy the data and say where it went with @DataPreserved(table = \"users\","
                        + " note = \"...\")."),
                NO_ENTITY);
    }

    private static final String LOSSY_MOVED = "[retort:lossy-downgrade] addColumn users.email brings users.email"
            + " back without its data, which the upgrade lost (@DataPreserved: \"moved to mail\"):\n  restore the data"
            + " with an execute after it, or accept the loss with @SuppressWarnings(\"retort:lossy-downgrade\").";

    private static JavaFileObject dropThenAdd(String... between) {
        List<String> up = new java.util.ArrayList<>(List.of("op.dropColumn(\"users\", \"email\");"));
        up.addAll(List.of(between));
        up.add("op.addColumn(\"users\", column(\"mail\", varchar(255)));");
        return change("RenameEmail", "@DataPreserved(table = \"users\", column = \"email\", note = \"moved to mail\") ",
                up, List.of("op.dropColumn(\"users\", \"mail\");",
                        "op.addColumn(\"users\", column(\"email\", varchar(255)).notNull().defaultValue(\"\"));",
                        "op.dropDefault(\"users\", \"email\");"));
    }

    @Test
    void aNoteTheMigrationContradictsIsStillARenameAsDrop() {
        JavaFileObject source = dropThenAdd();
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                error(source, 11, 22, "[retort:rename-as-drop] dropColumn users.email then addColumn"
                + " users.mail (varchar(255)), with no data step between them, cannot have moved the data, whatever"
                + " @DataPreserved says: use op.renameColumn(\"users\", \"email\", \"mail\");\n  if the drop is meant,"
                + " add the new column first, copy the data, then drop."),
                warning(source, 16, 21, LOSSY_MOVED),
                NO_ENTITY);
    }

    @Test
    void aDataStepBetweenTheDropAndTheAddLeavesTheNoteItsWord() {
        JavaFileObject source = dropThenAdd("op.run(connection -> { });");
        assertReported(compile(createUsers(), source), warning(source, 17, 21, LOSSY_MOVED), NO_ENTITY);
    }
}
