package dev.retort.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;

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
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[retort:rename-as-drop] dropColumn users.email and addColumn"
                + " users.mail (varchar(255)) lose the data a rename keeps: use op.renameColumn(\"users\", \"email\","
                + " \"mail\");\n  if the drop is meant, copy the data and say where it went with @DataPreserved(table ="
                + " \"users\", column = \"email\", note = \"...\").").inFile(source).onLine(12);
    }

    @Test
    void whenRenameAsDropIsOffTheDropIsStillADropWithoutNote() {
        Compilation compilation = compile(List.of("-Aretort.check.rename_as_drop=off"), createUsers(), renameEmail(""));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[retort:drop-without-note] dropColumn users.email");
    }

    @Test
    void withANoteItIsTheCopyThenDropPattern() {
        Compilation compilation = compile(createUsers(), renameEmail(
                "@DataPreserved(table = \"users\", column = \"email\", note = \"copied into mail\") "));
        assertThat(compilation).hadErrorCount(0);
    }

    @Test
    void aDifferentTypeIsNotARename() {
        JavaFileObject source = change("Replace", "@DataPreserved(table = \"users\", column = \"email\", note = \"gone\") ",
                List.of("op.addColumn(\"users\", column(\"mail\", TEXT));", "op.dropColumn(\"users\", \"email\");"),
                List.of("op.addColumn(\"users\", column(\"email\", varchar(255)).notNull().defaultValue(\"\"));",
                        "op.dropDefault(\"users\", \"email\");", "op.dropColumn(\"users\", \"mail\");"));
        assertThat(compile(createUsers(), source)).hadErrorCount(0);
    }

    @Test
    void aTableDroppedAndCreatedWithTheSameColumnsIsAnError() {
        JavaFileObject source = change("RenameUsers", "",
                List.of("op.createTable(\"people\", column(\"id\", BIGINT).primaryKey(), column(\"email\", varchar(255)).notNull());",
                        "op.dropTable(\"users\");"),
                List.of("op.createTable(\"users\", column(\"id\", BIGINT).primaryKey(), column(\"email\", varchar(255)).notNull());",
                        "op.dropTable(\"people\");"));
        Compilation compilation = compile(createUsers(), source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[retort:rename-as-drop] dropTable users and createTable people of"
                + " the same columns lose the data a rename keeps: use op.renameTable(\"users\", \"people\");\n  if the"
                + " drop is meant, copy the data and say where it went with @DataPreserved(table = \"users\","
                + " note = \"...\").").inFile(source).onLine(12);
    }

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
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[retort:rename-as-drop] dropColumn users.email then addColumn"
                + " users.mail (varchar(255)), with no data step between them, cannot have moved the data, whatever"
                + " @DataPreserved says: use op.renameColumn(\"users\", \"email\", \"mail\");\n  if the drop is meant,"
                + " add the new column first, copy the data, then drop.").inFile(source).onLine(11);
    }

    @Test
    void aDataStepBetweenTheDropAndTheAddLeavesTheNoteItsWord() {
        assertThat(compile(createUsers(), dropThenAdd("op.run(connection -> { });"))).hadErrorCount(0);
    }
}
