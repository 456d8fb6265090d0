package dev.retort.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;

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
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[retort:blocking-index] createIndex idx_users_email on users"
                + " blocks writes to users while the index builds (PostgreSQL; Retort cannot build it CONCURRENTLY"
                + " yet): move it to a migration of its own, run at a quiet time.").inFile(source).onLine(12);
    }

    @Test
    void aMigrationThatOnlyBuildsIndexesIsWhatItAsksFor() {
        assertThat(compile(createUsers(), dev.retort.processor.Fixtures.addName(), dev.retort.processor.Fixtures.indexEmail()))
                .succeededWithoutWarnings();
    }

    @Test
    void anIndexOnATableCreatedInTheSameMigrationDoesNotBlockAnyone() {
        JavaFileObject source = change("CreateT", "",
                List.of("op.createTable(\"t\", column(\"id\", BIGINT).primaryKey(), column(\"a\", TEXT));",
                        "op.createIndex(\"idx_t_a\", \"t\", \"a\");"),
                List.of("op.dropIndex(\"idx_t_a\", \"t\");", "op.dropTable(\"t\");"));
        assertThat(compile(createUsers(), source)).succeededWithoutWarnings();
    }
}
