package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.Fixtures.migration;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;
import static dev.retort.processor.expect.Reported.warning;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class DowngradeNotInverseTest {

    private static JavaFileObject addPhone(String... downgrade) {
        String[] body = new String[4 + downgrade.length + 1];
        body[0] = "    @Override public void upgrade(Ops op) {";
        body[1] = "        op.addColumn(\"users\", column(\"phone\", varchar(20)));";
        body[2] = "        op.createIndex(\"idx_users_phone\", \"users\", \"phone\");";
        body[3] = "    }";
        System.arraycopy(downgrade, 0, body, 4, downgrade.length);
        body[body.length - 1] = "    }";
        return migration("AddPhone", "@Migration(id = \"b2\", revises = \"a1\", description = \"add phone\")", body);
    }

    @Test
    void aDowngradeThatLeavesSomethingBehindIsAnErrorOnTheMethod() {
        JavaFileObject source = addPhone(
                "    @Override public void downgrade(Ops op) {",
                "        op.dropIndex(\"idx_users_phone\", \"users\");");
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                error(source, 14, 27, "[retort:downgrade-not-inverse] the downgrade of AddPhone does not undo its"
                        + " upgrade: left behind: users.phone varchar(20).\n  The exact inverse is:"
                        + " op.dropIndex(\"idx_users_phone\", \"users\"); op.dropColumn(\"users\", \"phone\");"),
                NO_ENTITY,
                warning(source, 12, 23, "[retort:blocking-index] createIndex idx_users_phone on users blocks writes to"
                        + " users while the index builds: build it with op.createIndexOnline (CONCURRENTLY on"
                        + " PostgreSQL, LOCK=NONE on MariaDB and MySQL)."));
    }

    @Test
    void theExactInverseCompiles() {
        JavaFileObject source = addPhone(
                "    @Override public void downgrade(Ops op) {",
                "        op.dropIndex(\"idx_users_phone\", \"users\");",
                "        op.dropColumn(\"users\", \"phone\");");
        // The index on an existing table is blocking-index's concern, not this test's.
        assertReported(compile(java.util.List.of("-Aretort.check.blocking_index=off"), createUsers(), source),
                NO_ENTITY);
    }

    @Test
    void aDowngradeThatDoesNotFitIsAnUnknownObjectOnly() {
        JavaFileObject source = addPhone(
                "    @Override public void downgrade(Ops op) {",
                "        op.dropColumn(\"users\", \"phone\");");
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                error(source, 15, 22, "[retort:unknown-object] dropColumn users.phone does not fit the schema at this"
                        + " point: column users.phone is used by index idx_users_phone: drop it first."),
                NO_ENTITY,
                warning(source, 12, 23, "[retort:blocking-index] createIndex idx_users_phone on users blocks writes to"
                        + " users while the index builds: build it with op.createIndexOnline (CONCURRENTLY on"
                        + " PostgreSQL, LOCK=NONE on MariaDB and MySQL)."));
    }

    @Test
    void everyDifferenceIsListedOnALineOfItsOwn() {
        JavaFileObject source = addPhone(
                "    @Override public void downgrade(Ops op) {",
                "        op.addColumn(\"users\", column(\"fax\", varchar(20)));");
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                error(source, 14, 27, "[retort:downgrade-not-inverse] the downgrade of AddPhone does not undo its"
                        + " upgrade:\n  - left behind: users index idx_users_phone (phone)\n  - left behind: users.fax"
                        + " varchar(20)\n  - left behind: users.phone varchar(20)\n  The exact inverse is:"
                        + " op.dropIndex(\"idx_users_phone\", \"users\"); op.dropColumn(\"users\", \"phone\");"),
                NO_ENTITY,
                warning(source, 12, 23, "[retort:blocking-index] createIndex idx_users_phone on users blocks writes to"
                        + " users while the index builds: build it with op.createIndexOnline (CONCURRENTLY on"
                        + " PostgreSQL, LOCK=NONE on MariaDB and MySQL)."));
    }
}
