package dev.retort.quickstart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.sql.Database;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every goal of the Maven plugin, by real Maven builds of the sample: on an H2 file, and on MariaDB. */
class MavenGoalsIT {

    private static final String ID = "e059b649a526";

    @Test
    void everyGoalOnH2() throws Exception {
        SampleProject shop = SampleProject.copy("goals-h2").withReviewedMigration()
                .withDependency("com.h2database", "h2", "2.3.232");
        String url = "-Dretort.url=jdbc:h2:file:" + shop.file("target/shop");

        shop.mvn("compile", "retort:upgrade", "retort:current", "retort:history", "retort:heads", "retort:check",
                        "retort:sql", url)
                .assertSucceeded()
                .assertPrinted("[INFO] Running upgrade <base> -> " + ID + ", createTable customers (")
                .assertPrinted(":current (default-cli) @ shop ---\n[INFO] " + ID + " (head)\n")
                .assertPrinted(":history (default-cli) @ shop ---\n[INFO] <base> -> " + ID
                        + " (head) (current), createTable customers\n")
                .assertPrinted(":heads (default-cli) @ shop ---\n[INFO] " + ID + " (head)\n")
                .assertPrinted("[INFO] No differences: the database has the schema of the model.")
                .assertPrinted("[INFO] Wrote the SQL of the upgrade to " + shop.file("target/retort/migration.sql"));
        String script = Files.readString(shop.file("target/retort/migration.sql"));
        assertTrue(script.contains("-- Running upgrade <base> -> " + ID + ", createTable customers\nCREATE TABLE customers ("),
                script);

        shop.mvn("retort:downgrade", "retort:current", "-Dretort.target=base", url).assertSucceeded()
                .assertPrinted("[INFO] Running downgrade " + ID + " -> <base>, createTable customers (")
                .assertPrinted(":current (default-cli) @ shop ---\n[INFO] <base>\n");

        shop.mvn("retort:stamp", "retort:current", "-Dretort.target=head", url).assertSucceeded()
                .assertPrinted("[INFO] Stamped " + ID + "\n")
                .assertPrinted(":current (default-cli) @ shop ---\n[INFO] " + ID + " (head)\n");

        SampleProject.Run unknown = shop.mvn("retort:upgrade", "-Dretort.target=nosuchid", url).assertFailed()
                .assertPrinted("[ERROR] Failed to execute goal dev.retort:retort-maven-plugin:0.1.0-SNAPSHOT:upgrade"
                        + " (default-cli) on project shop: no migration has the id nosuchid -> [Help 1]");
        assertFalse(unknown.output().contains("\tat dev.retort"), unknown.output());

        Path customer = shop.file("src/main/java/com/example/shop/Customer.java");
        Files.writeString(customer, Files.readString(customer).replace("    private String email;\n",
                "    private String email;\n\n    private String phone;\n"));
        shop.mvn("retort:revision", "-Dretort.message=add phone to customers", "-Dretort.autogenerate").assertSucceeded()
                .assertPrinted("[INFO] Wrote " + shop.file("src/main/java/com/example/shop/migrations/AddPhoneToCustomers.java")
                        + ": AddPhoneToCustomers (id ");
        String written = Files.readString(shop.file("src/main/java/com/example/shop/migrations/AddPhoneToCustomers.java"));
        assertTrue(written.contains("        description = \"add phone to customers\",\n        revises = \"" + ID + "\"\n"),
                written);
        assertTrue(written.contains("op.addColumn(\"customers\", column(\"phone\", varchar(255)));"), written);
    }

    @Test
    void finishInterruptedRunsTheRestOfAnInterruptedMigration() throws Exception {
        SampleProject shop = SampleProject.copy("goals-finish").withReviewedMigration()
                .withDependency("com.h2database", "h2", "2.3.232");
        String jdbc = "jdbc:h2:file:" + shop.file("target/shop");
        shop.mvn("compile", "retort:upgrade", "-Dretort.url=" + jdbc).assertSucceeded();
        try (Connection connection = DriverManager.getConnection(jdbc, "shop", "");
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE retort_history SET state = 'upgrading', applied_by = 'ci' WHERE id = '" + ID + "'");
            statement.execute("DROP TABLE customers");
        }
        shop.mvn("retort:history", "retort:upgrade", "-Dretort.finishInterrupted=true", "-Dretort.url=" + jdbc)
                .assertSucceeded()
                .assertPrinted(":history (default-cli) @ shop ---\n[INFO] <base> -> " + ID + " (head), createTable"
                        + " customers, interrupted (upgrading): it ran 0 of 1 operation; the next upgrade or"
                        + " downgrade runs it whole (finish-interrupted is on)\n")
                .assertPrinted("[WARNING] Retort: an earlier run was interrupted while upgrading to " + ID
                        + " (createTable customers, started ")
                .assertPrinted(" by ci); it had run 0 of 1 operations, and the rest ran now\n");
    }

    @Test
    void theSettingsServersEncryptedPasswordIsDecrypted() throws Exception {
        SampleProject shop = SampleProject.copy("goals-encrypted").withReviewedMigration()
                .withDependency("com.h2database", "h2", "2.3.232").withoutPomUser();
        String url = "-Dretort.url=jdbc:h2:file:" + shop.file("target/secured");
        String security = "-Dsettings.security=" + Path.of("src/it/settings-security.xml").toAbsolutePath();
        // The first connection to a new H2 database sets its password: here, the decrypted one.
        shop.mvn(List.<String[]>of(new String[] {"h2-db", "sa", "{RV77R483wZcHnoZQ4qOYLdu6+igzxwYFkIT6TNsRjZ0=}"}),
                        "compile", "retort:upgrade", url, "-Dretort.serverId=h2-db", security)
                .assertSucceeded()
                .assertPrinted("[INFO] Running upgrade <base> -> " + ID + ", createTable customers (");
        shop.mvn(List.<String[]>of(new String[] {"h2-db", "sa", "s3cret-h2"}), "retort:current", url,
                        "-Dretort.serverId=h2-db")
                .assertSucceeded()
                .assertPrinted(":current (default-cli) @ shop ---\n[INFO] " + ID + " (head)\n");
    }

    @Test
    void upgradeAndCheckOnMariaDbWithTheSettingsServer() throws Exception {
        try (TestDatabase db = TestDatabase.create(Database.MARIADB, "maven_goals")) {
            SampleProject shop = SampleProject.copy("goals-mariadb").withReviewedMigration()
                    .withDependency("org.mariadb.jdbc", "mariadb-java-client", "3.5.1").withoutPomUser();
            String url = db.url().substring(0, db.url().indexOf('?'));
            shop.mvn(List.<String[]>of(new String[] {"retort-db", "root", ""}), "compile", "retort:upgrade",
                            "retort:check", "-Dretort.url=" + url, "-Dretort.serverId=retort-db")
                    .assertSucceeded()
                    .assertPrinted("[INFO] Running upgrade <base> -> " + ID + ", createTable customers (")
                    .assertPrinted("[INFO] No differences: the database has the schema of the model.");
            shop.mvn("retort:current", "-Dretort.url=" + url, "-Dretort.serverId=nosuchserver").assertFailed()
                    .assertPrinted("settings.xml has no <server> with the id nosuchserver (retort.serverId): add one with"
                            + " its <username> and <password>");
        }
    }
}
