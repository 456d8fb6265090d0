package dev.retort.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;

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
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[retort:lossy-downgrade] addColumn users.email brings users.email"
                + " back without its data, which the upgrade lost (@DataPreserved: \"copied to contacts.email\"):\n"
                + "  restore the data with an execute after it, or accept the loss with"
                + " @SuppressWarnings(\"retort:lossy-downgrade\").").inFile(source).onLine(14);
    }

    @Test
    void anExecuteAfterItRestoresTheData() {
        assertThat(compile(createUsers(), dropEmail(NOTE,
                "op.execute(\"UPDATE users u SET email = (SELECT c.email FROM contacts c WHERE c.user_id = u.id)\");")))
                .succeededWithoutWarnings();
    }

    @Test
    void withoutANoteItIsDropWithoutNoteOnly() {
        Compilation compilation = compile(createUsers(), dropEmail(""));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadWarningCount(0);
        assertThat(compilation).hadErrorContaining("[retort:drop-without-note]");
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
        assertThat(compile(createUsers(), source)).succeededWithoutWarnings();
    }
}
