package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
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
    void aUniqueConstraintOnAnExistingTableBlocksInAMigrationThatDoesMore() {
        JavaFileObject source = change("AddPhone", "",
                List.of("op.addColumn(\"users\", column(\"phone\", varchar(20)));",
                        "op.createUniqueConstraint(\"uk_users_email\", \"users\", \"email\");"),
                List.of("op.dropUniqueConstraint(\"uk_users_email\", \"users\");",
                        "op.dropColumn(\"users\", \"phone\");"));
        Compilation compilation = compile(List.of("-Aretort.check.unique_on_existing_table=off"), createUsers(), source);
        assertReported(compilation,
                warning(source, 12, 34, "[retort:blocking-index] createUniqueConstraint uk_users_email on users blocks"
                        + " writes to users while its index builds, and cannot be added online: move it to a migration"
                        + " of its own (unique constraints and indexes only), run at a quiet time."),
                NO_ENTITY);
    }

    @Test
    void aUniqueConstraintInAMigrationOfItsOwnIsWhatItAsksFor() {
        JavaFileObject source = change("UniqueEmail", "",
                List.of("op.createUniqueConstraint(\"uk_users_email\", \"users\", \"email\");"),
                List.of("op.dropUniqueConstraint(\"uk_users_email\", \"users\");"));
        assertReported(compile(List.of("-Aretort.check.unique_on_existing_table=off"), createUsers(), source),
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
