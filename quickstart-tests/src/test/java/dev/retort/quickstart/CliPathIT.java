package dev.retort.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.sql.Database;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start with the command-line distribution: the project built by Maven, its
 * migrations applied to PostgreSQL by {@code bin/retort}, which brings the driver and prints its
 * progress with nothing added to the project.
 */
class CliPathIT {

    private static final String ID = "e059b649a526";

    @Test
    void theDistributionMigratesPostgresqlFromTheCompiledClasses() throws Exception {
        try (TestDatabase db = TestDatabase.create(Database.POSTGRESQL, "cli_path")) {
            SampleProject shop = SampleProject.copy("cli-path").withReviewedMigration();
            shop.mvn("-q", "compile").assertSucceeded();
            Map<String, String> password = Map.of("RETORT_PASSWORD", "unused-with-trust");

            SampleProject.Run upgrade = shop.retort(password, "--url", db.url(), "--user", "postgres", "upgrade", "head")
                    .assertSucceeded();
            assertEquals("INFO Running upgrade <base> -> " + ID + ", createTable customers",
                    upgrade.output().strip().replaceAll(" \\(\\d+ ms\\)$", ""));
            assertEquals(ID + " (head)\n", shop.retort(password, "--url", db.url(), "--user", "postgres",
                    "--classpath", "target/classes", "current").assertSucceeded().output());
            assertEquals("At revision " + ID + " (head): the database has the schema the migrations give there.\n"
                    + "No differences: the database has the schema of the model.\n",
                    shop.retort(password, "--url", db.url(), "--user", "postgres", "check").assertSucceeded().output());
            try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO customers (name, email) VALUES ('Ada', 'ada@example.com')");
            }
            SampleProject.Run wrong = shop.retort(password, "--url", db.url(), "upgrade", "nosuchid");
            assertEquals(1, wrong.exitCode());
            assertEquals("FAILED: no migration has the id nosuchid\n", wrong.output());
        }
    }
}
