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

class BlockingIndexTest {

    @Test
    void anIndexOnAnExistingTableInAMigrationThatDoesMoreIsAWarning() {
        JavaFileObject source = change("AddPhone", "",
                List.of("op.addColumn(\"users\", column(\"phone\", varchar(20)));",
                        "op.createIndex(\"idx_users_email\", \"users\", \"email\");"),
                List.of("op.dropIndex(\"idx_users_email\", \"users\");", "op.dropColumn(\"users\", \"phone\");"));
        Compilation compilation = compile(createUsers(), source);
        assertReported(compilation,
                warning(source, 12, 23, "[retort:blocking-index] createIndex idx_users_email on users blocks writes to"
                        + " users while the index builds: build it with op.createIndexOnline (CONCURRENTLY on"
                        + " PostgreSQL, LOCK=NONE on MariaDB and MySQL)."),
                NO_ENTITY);
    }

    @Test
    void aPlainIndexOnAnExistingTableIsAWarningEvenAlone() {
        JavaFileObject source = change("IndexEmail", "",
                List.of("op.createUniqueIndex(\"uk_users_email\", \"users\", \"email\");"),
                List.of("op.dropIndex(\"uk_users_email\", \"users\");"));
        Compilation compilation = compile(List.of("-Aretort.check.unique_on_existing_table=off"), createUsers(), source);
        assertReported(compilation,
                warning(source, 11, 29, "[retort:blocking-index] createIndex uk_users_email on users blocks writes to"
                        + " users while the index builds: build it with op.createUniqueIndexOnline (CONCURRENTLY on"
                        + " PostgreSQL, LOCK=NONE on MariaDB and MySQL)."),
                NO_ENTITY);
    }

    @Test
    void anIndexBuiltOnlinePassesInAnyMigration() {
        JavaFileObject source = change("AddPhone", "",
                List.of("op.addColumn(\"users\", column(\"phone\", varchar(20)));",
                        "op.createIndexOnline(\"idx_users_email\", \"users\", \"email\");"),
                List.of("op.dropIndex(\"idx_users_email\", \"users\");", "op.dropColumn(\"users\", \"phone\");"));
        assertReported(compile(createUsers(), source), NO_ENTITY);
    }

    @Test
    void aUniqueConstraintOnAnExistingTableAsksForItsIndexOnlineThenAttached() {
        JavaFileObject source = change("UniqueEmail", "",
                List.of("op.createUniqueConstraint(\"uk_users_email\", \"users\", \"email\");"),
                List.of("op.dropUniqueConstraint(\"uk_users_email\", \"users\");"));
        Compilation compilation = compile(List.of("-Aretort.check.unique_on_existing_table=off"), createUsers(), source);
        assertReported(compilation,
                warning(source, 11, 34, "[retort:blocking-index] createUniqueConstraint uk_users_email on users builds"
                        + " its index blocking writes to users on PostgreSQL: build it first with"
                        + " op.createUniqueIndexOnline(\"ux_uk_users_email\", \"users\", \"email\"), then attach it with"
                        + " op.createUniqueConstraintUsingIndex(\"uk_users_email\", \"users\", \"ux_uk_users_email\")."),
                NO_ENTITY);
    }

    @Test
    void aPrimaryKeyOnAnExistingTableAsksTheSame() {
        JavaFileObject source = change("KeyUsers", "",
                List.of("op.dropPrimaryKey(\"users\");", "op.addPrimaryKey(\"users\", \"id\", \"email\");"),
                List.of("op.dropPrimaryKey(\"users\");", "op.addPrimaryKey(\"users\", \"id\");"));
        Compilation compilation = compile(List.of("-Aretort.check.unique_on_existing_table=off"), createUsers(), source);
        assertReported(compilation,
                warning(source, 12, 25, "[retort:blocking-index] addPrimaryKey users (id, email) builds its index"
                        + " blocking writes to users on PostgreSQL: build it first with"
                        + " op.createUniqueIndexOnline(\"ux_users_pkey\", \"users\", \"id\", \"email\"), then attach it"
                        + " with op.addPrimaryKeyUsingIndex(\"users\", \"ux_users_pkey\")."),
                NO_ENTITY);
    }

    @Test
    void aUniqueIndexBuiltOnlineThenAttachedPasses() {
        JavaFileObject index = change("IndexEmail", "",
                List.of("op.createUniqueIndexOnline(\"ux_users_email\", \"users\", \"email\");"),
                List.of("op.dropIndexOnline(\"ux_users_email\", \"users\");"));
        JavaFileObject attach = dev.retort.processor.Fixtures.migration("UniqueEmail",
                "@Migration(id = \"c3\", revises = \"b2\", description = \"unique email\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.createUniqueConstraintUsingIndex(\"uk_users_email\", \"users\", \"ux_users_email\");",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.dropUniqueConstraint(\"uk_users_email\", \"users\");",
                "        op.createUniqueIndexOnline(\"ux_users_email\", \"users\", \"email\");",
                "    }");
        assertReported(compile(List.of("-Aretort.check.unique_on_existing_table=off"), createUsers(), index, attach),
                NO_ENTITY);
    }

    @Test
    void onlyPostgresqlBlocksOnAUniqueConstraintOrADrop() {
        JavaFileObject source = change("UniqueEmail", "",
                List.of("op.createUniqueConstraint(\"uk_users_email\", \"users\", \"email\");",
                        "op.createIndexOnline(\"idx_users_id_email\", \"users\", \"id\", \"email\");",
                        "op.dropIndex(\"idx_users_id_email\", \"users\");"),
                List.of("op.dropUniqueConstraint(\"uk_users_email\", \"users\");"));
        String noDuplicates = "-Aretort.check.unique_on_existing_table=off";
        assertReported(compile(List.of(noDuplicates, "-Aretort.dialects=h2,mariadb"), createUsers(), source), NO_ENTITY);
        assertReported(compile(List.of(noDuplicates, "-Aretort.dialects=postgresql"), createUsers(), source),
                warning(source, 11, 34, "[retort:blocking-index] createUniqueConstraint uk_users_email on users builds"
                        + " its index blocking writes to users on PostgreSQL: build it first with"
                        + " op.createUniqueIndexOnline(\"ux_uk_users_email\", \"users\", \"email\"), then attach it with"
                        + " op.createUniqueConstraintUsingIndex(\"uk_users_email\", \"users\", \"ux_uk_users_email\")."),
                warning(source, 13, 21, "[retort:blocking-index] dropIndex idx_users_id_email on users blocks"
                        + " reads and writes of users on PostgreSQL while it waits for the transactions using the index:"
                        + " drop it with op.dropIndexOnline (DROP INDEX CONCURRENTLY)."),
                NO_ENTITY);
    }

    @Test
    void aPlainDropOfAnIndexOfAnExistingTableAsksForTheOnlineDrop() {
        JavaFileObject index = change("IndexEmail", "",
                List.of("op.createIndexOnline(\"idx_users_email\", \"users\", \"email\");"),
                List.of("op.dropIndexOnline(\"idx_users_email\", \"users\");"));
        JavaFileObject drop = dev.retort.processor.Fixtures.migration("DropIndexEmail",
                "@Migration(id = \"c3\", revises = \"b2\", description = \"drop index\")",
                "    @Override public void upgrade(Ops op) {",
                "        op.dropIndex(\"idx_users_email\", \"users\");",
                "    }",
                "    @Override public void downgrade(Ops op) {",
                "        op.createIndexOnline(\"idx_users_email\", \"users\", \"email\");",
                "    }");
        Compilation compilation = compile(createUsers(), index, drop);
        assertReported(compilation,
                warning(drop, 11, 21, "[retort:blocking-index] dropIndex idx_users_email on users blocks"
                + " reads and writes of users on PostgreSQL while it waits for the transactions using the index: drop it"
                + " with op.dropIndexOnline (DROP INDEX CONCURRENTLY)."),
                NO_ENTITY);
    }

    @Test
    void anIndexOnATableCreatedInTheSameMigrationDoesNotBlockAnyone() {
        JavaFileObject source = change("CreateT", "",
                List.of("op.createTable(\"t\", column(\"id\", BIGINT).primaryKey(), column(\"a\", TEXT));",
                        "op.createIndex(\"idx_t_a\", \"t\", \"a\");"),
                List.of("op.dropIndex(\"idx_t_a\", \"t\");", "op.dropTable(\"t\");"));
        assertReported(compile(createUsers(), source), NO_ENTITY);
    }
}
