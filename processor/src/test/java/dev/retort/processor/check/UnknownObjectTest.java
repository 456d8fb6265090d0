package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.migration;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class UnknownObjectTest {

    @Test
    void anOperationOnAMissingColumnIsAnErrorAtItsLineAndStopsTheReplay() {
        JavaFileObject broken = migration("RenamePhone",
                "@Migration(id = \"b2\", revises = \"a1\", description = \"rename phone\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.renameColumn(\"users\", \"phone\", \"mobile\");",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.renameColumn(\"users\", \"mobile\", \"phone\");",
                "    }");
        JavaFileObject later = migration("DropMobile",
                "@Migration(id = \"c3\", revises = \"b2\", description = \"drop mobile\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.dropIndex(\"idx_mobile\", \"users\");",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.createIndex(\"idx_mobile\", \"users\", \"mobile\");",
                "    }");
        Compilation compilation = compile(createUsers(), broken, later);
        assertReported(compilation,
                error(broken, 11, 24, "[retort:unknown-object] renameColumn users.phone to mobile does not fit the"
                        + " schema at this point: table users has no column phone."));
    }

    @Test
    void creatingATableTwiceIsAnError() {
        JavaFileObject again = migration("CreateUsersAgain",
                "@Migration(id = \"b2\", revises = \"a1\", description = \"create users again\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.createTable(\"Users\", column(\"id\", BIGINT).primaryKey());",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.dropTable(\"users\");",
                "    }");
        Compilation compilation = compile(createUsers(), again);
        assertReported(compilation,
                error(again, 11, 23, "[retort:unknown-object] createTable users does not fit the schema at this point:"
                        + " table users already exists."));
    }
}
