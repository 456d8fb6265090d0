package dev.retort.operation;

import static dev.retort.operation.Fixtures.TEXT;
import static dev.retort.operation.Fixtures.shop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;


import dev.retort.schema.DefaultValue;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.schema.SqlType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** For every operation: its inverse, computed from the schema before, gives that schema back. */
class InverseTest {

    static Stream<Arguments> cases() {
        return OperationCases.all().stream().map(c -> Arguments.of(c.name(), c.before(), c.operation()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void inverseRestoresTheSchemaBefore(String name, Schema before, Operation operation) {
        Schema after = operation.applyTo(before);
        Schema undone = after;
        for (Operation step : operation.inverse(before)) {
            undone = step.applyTo(undone);
        }
        assertEquals(before, undone);
    }

    @Test
    void anOnlineIndexIsUndoneOnlineAndAnAttachedOneBuiltOnlineAgain() {
        assertEquals(List.of(new DropIndex("users", "ux", true)),
                new CreateIndex("users", new Index("ux", List.of("bio"), true), true).inverse(shop()));
        assertEquals(List.of(new CreateIndex("users", new Index("idx_users_name", List.of("name"), false), true)),
                new DropIndex("users", "idx_users_name", true).inverse(shop()));
        Schema notes = OperationCases.withUniqueIndex(OperationCases.notes(null));
        assertEquals(List.of(new DropPrimaryKey("notes"),
                        new CreateIndex("notes", new Index("ux_notes_id", List.of("id"), true), true)),
                new AttachPrimaryKey("notes", "ux_notes_id").inverse(notes));
        assertEquals(PrimaryKey.of("id"), new AttachPrimaryKey("notes", "ux_notes_id").applyTo(notes)
                .requireTable("notes").primaryKey());
    }

    @Test
    void onlyAUniqueIndexTakesAConstraintAndOnlyAConstraintIsValidated() {
        Schema notes = new CreateIndex("notes", new Index("ix_notes_id", List.of("id"), false)).applyTo(OperationCases.notes(null));
        assertEquals("index ix_notes_id on notes is not unique: build it with createUniqueIndexOnline to attach a"
                        + " constraint to it",
                assertThrows(SchemaMisfitException.class,
                        () -> new AttachUniqueConstraint("notes", "uk", "ix_notes_id").applyTo(notes)).getMessage());
        assertEquals("table users has no foreign key or check idx_users_name to validate",
                assertThrows(SchemaMisfitException.class,
                        () -> new ValidateConstraint("users", "idx_users_name").applyTo(shop())).getMessage());
    }

    @Test
    void inversesCarryWhatTheSchemaBeforeKnew() {
        assertEquals(List.of(new AddColumn("users", OperationCases.SCORE)),
                new DropColumn("users", "score").inverse(OperationCases.shopWithScore()));
        assertEquals(List.of(new AlterColumnType("users", "bio", TEXT)),
                new AlterColumnType("users", "bio", SqlType.varchar(10)).inverse(shop()));
        assertEquals(List.of(new SetDefault("users", "name", new DefaultValue.Text("anon"))),
                new DropDefault("users", "name").inverse(shop()));
        assertEquals(List.of(new DropDefault("users", "bio")),
                new SetDefault("users", "bio", new DefaultValue.Bool(true)).inverse(shop()));
        assertEquals(List.of(new CreateTable(Fixtures.tags())), new DropTable("tags").inverse(shop()));
        assertEquals(List.of(new RenameColumn("users", "user_id", "id")),
                new RenameColumn("users", "id", "user_id").inverse(shop()));
    }
}
