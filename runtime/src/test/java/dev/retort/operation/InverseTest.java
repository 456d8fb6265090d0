package dev.retort.operation;

import static dev.retort.operation.Fixtures.INTEGER;
import static dev.retort.operation.Fixtures.TEXT;
import static dev.retort.operation.Fixtures.notNull;
import static dev.retort.operation.Fixtures.nullable;
import static dev.retort.operation.Fixtures.shop;
import static dev.retort.operation.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.Check;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlType;
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** For every operation: its inverse, computed from the schema before, gives that schema back. */
class InverseTest {

    private static final Column SCORE = new Column("score", SqlType.numeric(5, 2), false,
            new DefaultValue.Number(new BigDecimal("1.5")), false);

    private static Schema shopWithScore() {
        return new AddColumn("users", SCORE).applyTo(shop());
    }

    private static Schema notes(PrimaryKey key) {
        return new CreateTable(table("notes", List.of(notNull("id", INTEGER), nullable("body", TEXT)), key))
                .applyTo(shop());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments(shop(), new CreateTable(table("orders", List.of(notNull("id", INTEGER),
                                nullable("user_id", INTEGER)), PrimaryKey.of("id"),
                        new ForeignKey("fk_orders_user", List.of("user_id"), "users", List.of("id"), null),
                        new Index("idx_orders_user", List.of("user_id"), false)))),
                arguments(shop(), new DropTable("tags")),
                arguments(shop().withoutTable("tags"), new DropTable("shows")),
                arguments(shop(), new RenameTable("shows", "programs")),
                arguments(shop(), new RenameTable("tags", "labels")),
                arguments(shop(), new AddColumn("users", SCORE)),
                arguments(shopWithScore(), new DropColumn("users", "score")),
                arguments(shop(), new DropColumn("users", "bio")),
                arguments(shop(), new RenameColumn("users", "id", "user_id")),
                arguments(shop(), new RenameColumn("tags", "label", "name")),
                arguments(shop(), new AlterColumnType("users", "bio", SqlType.varchar(10))),
                arguments(shop(), new SetNotNull("users", "bio")),
                arguments(shop(), new DropNotNull("users", "email")),
                arguments(shop(), new SetDefault("users", "name", new DefaultValue.Bool(false))),
                arguments(shop(), new SetDefault("users", "bio", new DefaultValue.CurrentTimestamp())),
                arguments(shop(), new DropDefault("users", "name")),
                arguments(shop(), new SetIdentity("shows", "id")),
                arguments(shop(), new DropIdentity("users", "id")),
                arguments(notes(null), new AddPrimaryKey("notes", PrimaryKey.of("id"))),
                arguments(notes(PrimaryKey.of("id")), new DropPrimaryKey("notes")),
                arguments(shop(), new CreateIndex("users", new Index("ux_users_bio", List.of("bio"), true))),
                arguments(shop(), new DropIndex("users", "idx_users_name")),
                arguments(shop(), new CreateForeignKey("users",
                        new ForeignKey("fk_users_x", List.of("name"), "users", List.of("email"),
                                ReferentialAction.RESTRICT))),
                arguments(shop(), new DropForeignKey("tags", "fk_tags_parent")),
                arguments(shop(), new CreateUniqueConstraint("users",
                        new UniqueConstraint("uk_users_name_bio", List.of("name", "bio")))),
                arguments(shop(), new DropUniqueConstraint("users", "uk_users_email")),
                arguments(shop(), new CreateCheck("users", new Check("ck_users_id", "id > 0"))),
                arguments(shop(), new DropCheck("users", "ck_users_email")),
                arguments(shop(), new CreateSequence(new Sequence("seq_x", 5, 5))),
                arguments(shop(), new DropSequence("seq_orders")),
                arguments(shop(), new CreateSchema("sales")),
                arguments(new CreateSchema("sales").applyTo(shop()), new DropSchema("sales")),
                arguments(shop(), new ExecuteSql("DELETE FROM tags")),
                arguments(shop(), new RunJava(null)),
                arguments(shop(), new SetNotNull("users", "bio", true)),
                arguments(shop(), new DropIndex("users", "idx_users_name", true)),
                arguments(shop(), new CreateCheck("users", new Check("ck_users_id", "id > 0"), true)),
                arguments(shop(), new CreateForeignKey("users", new ForeignKey("fk_users_x", List.of("name"), "users",
                        List.of("email"), ReferentialAction.RESTRICT), true)),
                arguments(shop(), new ValidateConstraint("users", "ck_users_email")),
                arguments(withUniqueIndex(notes(null)), new AttachUniqueConstraint("notes", "uk_notes_id", "ux_notes_id")),
                arguments(withUniqueIndex(notes(null)), new AttachUniqueConstraint("notes", "ux_notes_id", "ux_notes_id")),
                arguments(withUniqueIndex(notes(null)), new AttachPrimaryKey("notes", "ux_notes_id")));
    }

    private static Schema withUniqueIndex(Schema schema) {
        return new CreateIndex("notes", new Index("ux_notes_id", List.of("id"), true), true).applyTo(schema);
    }

    private static Arguments arguments(Schema before, Operation operation) {
        return Arguments.of(operation.describe(), before, operation);
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
    void everyOperationHasAnInverseCase() {
        Set<String> covered = cases().map(a -> a.get()[2].getClass().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = Arrays.stream(Operation.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(all, covered);
    }

    @Test
    void anOnlineIndexIsUndoneOnlineAndAnAttachedOneBuiltOnlineAgain() {
        assertEquals(List.of(new DropIndex("users", "ux", true)),
                new CreateIndex("users", new Index("ux", List.of("bio"), true), true).inverse(shop()));
        assertEquals(List.of(new CreateIndex("users", new Index("idx_users_name", List.of("name"), false), true)),
                new DropIndex("users", "idx_users_name", true).inverse(shop()));
        Schema notes = withUniqueIndex(notes(null));
        assertEquals(List.of(new DropPrimaryKey("notes"),
                        new CreateIndex("notes", new Index("ux_notes_id", List.of("id"), true), true)),
                new AttachPrimaryKey("notes", "ux_notes_id").inverse(notes));
        assertEquals(PrimaryKey.of("id"), new AttachPrimaryKey("notes", "ux_notes_id").applyTo(notes)
                .requireTable("notes").primaryKey());
    }

    @Test
    void onlyAUniqueIndexTakesAConstraintAndOnlyAConstraintIsValidated() {
        Schema notes = new CreateIndex("notes", new Index("ix_notes_id", List.of("id"), false)).applyTo(notes(null));
        assertEquals("index ix_notes_id on notes is not unique: build it with createUniqueIndexOnline to attach a"
                        + " constraint to it",
                org.junit.jupiter.api.Assertions.assertThrows(dev.retort.schema.SchemaMisfitException.class,
                        () -> new AttachUniqueConstraint("notes", "uk", "ix_notes_id").applyTo(notes)).getMessage());
        assertEquals("table users has no foreign key or check idx_users_name to validate",
                org.junit.jupiter.api.Assertions.assertThrows(dev.retort.schema.SchemaMisfitException.class,
                        () -> new ValidateConstraint("users", "idx_users_name").applyTo(shop())).getMessage());
    }

    @Test
    void inversesCarryWhatTheSchemaBeforeKnew() {
        assertEquals(List.of(new AddColumn("users", SCORE)), new DropColumn("users", "score").inverse(shopWithScore()));
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
