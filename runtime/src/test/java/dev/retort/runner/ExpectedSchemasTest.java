package dev.retort.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.fixtures.shows.ShowsIndex;
import dev.retort.migration.IndexedMigration;
import dev.retort.migration.MigrationIndex;
import dev.retort.schema.Schema;
import dev.retort.schema.json.SchemaJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model's schema travels with the index, as the processor exports it. */
class ExpectedSchemasTest {

    /** The shows migrations, with the expected schema at another resource. */
    private static MigrationIndex showsWithSchemaAt(String resource) {
        ShowsIndex shows = new ShowsIndex();
        return new MigrationIndex() {
            @Override
            public List<IndexedMigration> migrations() {
                return shows.migrations();
            }

            @Override
            public String expectedSchemaResource() {
                return resource;
            }
        };
    }

    @Test
    void theExportedSchemaIsTheModelSchema() throws IOException {
        Migrations migrations = Migrations.of(List.of(showsWithSchemaAt("expected/shows-model.json")));
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("expected/shows-model.json")) {
            Schema exported = SchemaJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(Optional.of(exported), migrations.modelSchema());
            assertEquals("[shows, users]", exported.tables().keySet().toString());
            assertEquals(true, exported.requireTable("users").column("nickname").isPresent());
        }
    }

    @Test
    void withoutAnExportedSchemaThereIsNoModelSchema() {
        Migrations migrations = Migrations.of(List.of(showsWithSchemaAt("expected/none.json")));
        assertEquals(Optional.empty(), migrations.modelSchema());
    }
}
