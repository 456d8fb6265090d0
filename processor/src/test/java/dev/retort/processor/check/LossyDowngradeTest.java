package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;
import static dev.retort.processor.expect.Reported.warning;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class LossyDowngradeTest {

    private static final String NOTE = "@DataPreserved(table = \"users\", column = \"email\","
            + " note = \"copied to contacts.email\") ";

    private static JavaFileObject dropEmail(String annotations, String... afterRestore) {
        List<String> down = new ArrayList<>(List.of(
                "op.addColumn(\"users\", column(\"email\", varchar(255)).notNull().defaultValue(\"\"));",
                "op.dropDefault(\"users\", \"email\");"));
        down.addAll(List.of(afterRestore));
        return change("DropEmail", annotations, List.of("op.dropColumn(\"users\", \"email\");"), down);
    }

    @Test
    void aDowngradeThatBringsADroppedColumnBackEmptyIsAWarningOnIt() {
        JavaFileObject source = dropEmail(NOTE);
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                warning(source, 14, 21, "[retort:lossy-downgrade] addColumn users.email brings users.email back"
                        + " without its data, which the upgrade lost (@DataPreserved: \"copied to contacts.email\"):\n "
                        + " restore the data with an execute after it, or accept the loss with"
                        + " @SuppressWarnings(\"retort:lossy-downgrade\")."),
                NO_ENTITY);
    }

    @Test
    void anExecuteAfterItRestoresTheData() {
        assertReported(compile(createUsers(), dropEmail(NOTE,
                "op.execute(\"UPDATE users u SET email = (SELECT c.email FROM contacts c WHERE c.user_id = u.id)\");")),
                NO_ENTITY);
    }

    @Test
    void withoutANoteItIsDropWithoutNoteOnly() {
        Compilation compilation = compile(createUsers(), dropEmail(""));
        assertReported(compilation,
                error(compilation.sourceFiles().get(1), 11, 22, "[retort:drop-without-note] dropColumn users.email"
                        + " loses the data in users.email: copy it first, then say where it went with\n "
                        + " @DataPreserved(table = \"users\", column = \"email\", note = \"...\") on DropEmail."),
                NO_ENTITY);
    }

    @Test
    void suppressedOnTheDowngradeItIsSilent() {
        JavaFileObject source = dev.retort.processor.Fixtures.migration("DropEmail",
                NOTE + "@Migration(id = \"b2\", revises = \"a1\", description = \"drop email\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.dropColumn(\"users\", \"email\");",
                "    }",
                "    @SuppressWarnings(\"retort:lossy-downgrade\")",
                "    @Override public void downgrade(Ops op) {",
                "        op.addColumn(\"users\", column(\"email\", varchar(255)).notNull().defaultValue(\"\"));",
                "        op.dropDefault(\"users\", \"email\");",
                "    }");
        assertReported(compile(createUsers(), source), NO_ENTITY);
    }
}
