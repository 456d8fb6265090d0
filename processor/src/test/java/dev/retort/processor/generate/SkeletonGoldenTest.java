package dev.retort.processor.generate;

import static dev.retort.migration.Dsl.BIGINT;
import static dev.retort.migration.Dsl.INTEGER;
import static dev.retort.migration.Dsl.TEXT;
import static dev.retort.migration.Dsl.TIMESTAMP;
import static dev.retort.migration.Dsl.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.diff.SchemaDiff;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.UniqueConstraint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated source of representative changes, pinned in src/test/resources/golden. To accept a
 * deliberate change, run with -Dretort.golden.update=true and review the diff.
 */
class SkeletonGoldenTest {

    private static final Column ID = new Column("id", BIGINT, false, null, true);

    private static Table users(Column... extra) {
        List<Column> columns = new java.util.ArrayList<>(List.of(ID, new Column("email", varchar(255), false, null, false)));
        columns.addAll(List.of(extra));
        return Table.of("users", columns, PrimaryKey.of("id"), List.of(new UniqueConstraint("uk_users_email", List.of("email"))));
    }

    private static Table table(String name, List<Column> columns, TableConstraint... constraints) {
        return Table.of(name, columns, PrimaryKey.of("id"), List.of(constraints));
    }

    private static String generate(Schema from, Schema to) {
        return SkeletonWriter.write(SkeletonPlanner.plan(from, SchemaDiff.between(from, to), "75e8b3bb0750",
                "app.migrations")).toString();
    }

    @Test
    void aNewTableWithForeignKeysAndIndexes() throws IOException {
        Schema before = Schema.of(users());
        Schema after = Schema.of(users(), table("shows",
                List.of(ID, new Column("title", varchar(200), false, null, false),
                        new Column("created_by", BIGINT, true, null, false),
                        new Column("created_at", TIMESTAMP, false, new DefaultValue.CurrentTimestamp(), false)),
                new Index("idx_shows_created_by", List.of("created_by"), false),
                new ForeignKey("fk_shows_created_by", List.of("created_by"), "users", List.of("id"),
                        ReferentialAction.SET_NULL)));
        assertGolden("create-shows", generate(before, after));
    }

    @Test
    void aNotNullColumnOnAnExistingTableComesInThreeSteps() throws IOException {
        Schema before = Schema.of(users());
        Schema after = Schema.of(users(new Column("phone", varchar(20), false, null, false)));
        assertGolden("add-not-null-phone", generate(before, after));
    }

    @Test
    void aColumnGoneAndOneOfTheSameTypeAddedIsARename() throws IOException {
        Schema before = Schema.of(users(new Column("name", TEXT, true, null, false)));
        Schema after = Schema.of(users(new Column("full_name", TEXT, true, null, false)));
        assertGolden("rename-name", generate(before, after));
    }

    @Test
    void aDroppedColumnAndTableComeWithNotesToWrite() throws IOException {
        Schema before = Schema.of(users(new Column("nickname", varchar(50), true, null, false)),
                table("legacy_tokens", List.of(ID, new Column("token", TEXT, false, null, false))));
        Schema after = Schema.of(users(new Column("age", INTEGER, true, null, false)));
        assertGolden("drop-with-notes", generate(before, after));
    }

    @Test
    void indexAndUniqueChanges() throws IOException {
        Table before = Table.of("users", List.of(ID, new Column("email", varchar(255), false, null, false),
                new Column("team", INTEGER, true, null, false)), PrimaryKey.of("id"),
                List.of(new Index("idx_users_email", List.of("email"), false)));
        Table after = Table.of("users", before.columns().values().stream().toList(), PrimaryKey.of("id"),
                List.of(new UniqueConstraint("uk_users_email", List.of("email")),
                        new Index("idx_users_team_email", List.of("team", "email"), true)));
        assertGolden("index-and-unique", generate(Schema.of(before), Schema.of(after)));
    }

    @Test
    void aConstraintOnAnExistingTableIsAddedNotValidThenValidatedAndNotNullSafely() throws IOException {
        Column team = new Column("team_id", BIGINT, true, null, false);
        Table teams = table("teams", List.of(ID));
        Table before = users(team, new Column("age", INTEGER, true, null, false));
        Table after = Table.of("users", List.of(ID, new Column("email", varchar(255), false, null, false), team,
                        new Column("age", INTEGER, false, null, false)), PrimaryKey.of("id"),
                List.of(new UniqueConstraint("uk_users_email", List.of("email")),
                        new Index("idx_users_team", List.of("team_id"), false),
                        new ForeignKey("fk_users_team", List.of("team_id"), "teams", List.of("id"),
                                ReferentialAction.NO_ACTION),
                        new dev.retort.schema.CheckConstraint("ck_users_age", "age >= 0")));
        assertGolden("constraints-on-existing-table", generate(Schema.of(teams, before), Schema.of(teams, after)));
    }

    private static void assertGolden(String name, String actual) throws IOException {
        String resource = "/golden/" + name + ".java.txt";
        if (Boolean.getBoolean("retort.golden.update")) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("-Dretort.golden.update=true rewrites the golden files instead of comparing:"
                        + " it is refused under CI=true");
            }
            Path file = Path.of("src/test/resources" + resource);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = SkeletonGoldenTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no golden file " + resource + ": run with -Dretort.golden.update=true");
            }
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual);
        }
    }
}
