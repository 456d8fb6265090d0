package dev.retort.quickstart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start shows the sample project the quick start tests build, file for file:
 * what a newcomer copies is what {@code mvn verify} proves.
 */
class ReadmeQuickStartTest {

    private static final Path README = Path.of("../README.md");
    private static final Path SAMPLE = Path.of("src/it");

    @Test
    void theReadmeHoldsTheSamplePomAndEntity() throws IOException {
        String readme = Files.readString(README);
        for (String file : new String[] {"shop/pom.xml", "shop/src/main/java/com/example/shop/Customer.java"}) {
            String text = Files.readString(SAMPLE.resolve(file));
            assertTrue(readme.contains("\n" + text + "```\n"), "README.md does not show " + file + " as it is");
        }
    }

    @Test
    void theReadmeHoldsTheReviewedMigrationsBody() throws IOException {
        String readme = Files.readString(README);
        String migration = Files.readString(SAMPLE.resolve("reviewed/com/example/shop/migrations/CreateCustomers.java"));
        String body = migration.substring(migration.indexOf("public final class CreateCustomers"));
        assertTrue(readme.contains(body), "README.md does not show the reviewed migration's class as the tests have it");
        assertTrue(readme.contains("@Migration(id = \"e059b649a526\", description = \"createTable customers\")"));
    }
}
