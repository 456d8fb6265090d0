package dev.retort.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.operation.AddColumn;
import dev.retort.operation.AddPrimaryKey;
import dev.retort.operation.CreateForeignKey;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateSchema;
import dev.retort.operation.CreateSequence;
import dev.retort.operation.CreateTable;
import dev.retort.operation.CreateUniqueConstraint;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropForeignKey;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropPrimaryKey;
import dev.retort.operation.DropSchema;
import dev.retort.operation.DropTable;
import dev.retort.operation.DropUniqueConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

    private static final SqlType INTEGER = SqlType.of(SqlType.Kind.INTEGER);
    private static final SqlType TEXT = SqlType.of(SqlType.Kind.TEXT);

    private static Column key(String name) {
        return new Column(name, INTEGER, false, null, false);
    }

    private static Table table(String name, List<Column> columns, PrimaryKey key, TableConstraint... constraints) {
        return Table.of(name, columns, key, List.of(constraints));
    }

    @Test
    void aSchemaIsCreatedBeforeItsTablesAndDroppedAfterThem() {
        Table orders = Table.of("sales.orders", List.of(Column.of("id", SqlType.of(SqlType.Kind.INTEGER))), null,
                List.of());
        Schema sales = new CreateSchema("sales").applyTo(Schema.EMPTY).withTable(orders);
        assertEquals(List.of(new CreateSchema("sales"), new CreateTable(orders)),
                SchemaDiff.between(Schema.EMPTY, sales));
        assertEquals(List.of(new DropTable("sales.orders"), new DropSchema("sales")),
                SchemaDiff.between(sales, Schema.EMPTY));
    }

    @Test
    void aTableWhoseColumnsAreAllReplacedGetsTheNewOnesFirst() {
        Schema from = Schema.of(table("t", List.of(Column.of("a", INTEGER)), null));
        Schema to = Schema.of(table("t", List.of(Column.of("b", TEXT)), null));
        assertEquals(List.of(new AddColumn("t", Column.of("b", TEXT)), new DropColumn("t", "a")),
                SchemaDiff.between(from, to));
    }

    @Test
    void aForeignKeyIsRecreatedWhenTheKeyItReferencesChanges() {
        ForeignKey owner = new ForeignKey("fk_shows_owner", List.of("owner"), "users", List.of("id"), null);
        Table shows = table("shows", List.of(key("id"), Column.of("owner", INTEGER)), PrimaryKey.of("id"), owner);
        List<Column> userColumns = List.of(key("id"), new Column("email", TEXT, false, null, false));
        Schema from = Schema.of(table("users", userColumns, PrimaryKey.of("id")), shows);
        UniqueConstraint uniqueId = new UniqueConstraint("uk_users_id", List.of("id"));
        Schema to = Schema.of(table("users", userColumns, PrimaryKey.of("email"), uniqueId), shows);
        assertEquals(List.of(
                        new DropForeignKey("shows", "fk_shows_owner"),
                        new DropPrimaryKey("users"),
                        new AddPrimaryKey("users", PrimaryKey.of("email")),
                        new CreateUniqueConstraint("users", uniqueId),
                        new CreateForeignKey("shows", owner)),
                SchemaDiff.between(from, to));
    }

    @Test
    void aForeignKeyStaysWhenAnotherKeyOfTheSameColumnsStays() {
        ForeignKey owner = new ForeignKey("fk_shows_owner", List.of("owner"), "users", List.of("id"), null);
        Table shows = table("shows", List.of(key("id"), Column.of("owner", INTEGER)), PrimaryKey.of("id"), owner);
        List<Column> userColumns = List.of(key("id"), new Column("email", TEXT, false, null, false));
        UniqueConstraint uniqueId = new UniqueConstraint("uk_users_id", List.of("id"));
        Schema from = Schema.of(table("users", userColumns, PrimaryKey.of("id"), uniqueId), shows);
        Schema to = Schema.of(table("users", userColumns, PrimaryKey.of("email"), uniqueId), shows);
        assertEquals(List.of(new DropPrimaryKey("users"), new AddPrimaryKey("users", PrimaryKey.of("email"))),
                SchemaDiff.between(from, to));
    }

    @Test
    void namesAloneAreNoDifference() {
        Schema from = Schema.of(table("t", List.of(Column.of("a", INTEGER)), null,
                new Index("idx_generated_1", List.of("a"), false)));
        Schema to = Schema.of(table("t", List.of(Column.of("a", INTEGER)), null,
                new Index("idx_t_a", List.of("a"), false)));
        assertEquals(List.of(), SchemaDiff.between(from, to));
    }

    @Test
    void namesThatSwapKindsAreDroppedBeforeTheyAreCreated() {
        List<Column> columns = List.of(Column.of("a", INTEGER), Column.of("b", INTEGER));
        Schema from = Schema.of(table("t", columns, null, new Index("n1", List.of("a"), false),
                new UniqueConstraint("n2", List.of("b"))));
        Schema to = Schema.of(table("t", columns, null, new Index("n2", List.of("a"), false),
                new UniqueConstraint("n1", List.of("b"))));
        assertEquals(List.of(
                        new DropIndex("t", "n1"),
                        new DropUniqueConstraint("t", "n2"),
                        new CreateIndex("t", new Index("n2", List.of("a"), false)),
                        new CreateUniqueConstraint("t", new UniqueConstraint("n1", List.of("b")))),
                SchemaDiff.between(from, to));
    }

    @Test
    void tablesThatReferenceEachOtherAreDroppedAfterTheForeignKeyThatClosesTheCycle() {
        Schema cycle = Schema.of(
                table("a", List.of(key("id"), Column.of("b_id", INTEGER)), PrimaryKey.of("id"),
                        new ForeignKey("fk_a_b", List.of("b_id"), "b", List.of("id"), null)),
                table("b", List.of(key("id"), Column.of("a_id", INTEGER)), PrimaryKey.of("id"),
                        new ForeignKey("fk_b_a", List.of("a_id"), "a", List.of("id"), null)));
        assertEquals(List.of(new DropForeignKey("b", "fk_b_a"), new DropTable("a"), new DropTable("b")),
                SchemaDiff.between(cycle, Schema.EMPTY));
    }

    @Test
    void newTablesComeReferencedFirstWithTheirConstraintsAndForeignKeysAfter() {
        ForeignKey toParent = new ForeignKey("fk_child_parent", List.of("parent_id"), "parent", List.of("id"), null);
        Index byParent = new Index("idx_child_parent", List.of("parent_id"), false);
        UniqueConstraint code = new UniqueConstraint("uk_parent_code", List.of("code"));
        List<Column> childColumns = List.of(key("id"), Column.of("parent_id", INTEGER));
        List<Column> parentColumns = List.of(key("id"), Column.of("code", TEXT));
        Sequence sequence = new Sequence("seq_child", 1, 50);
        Schema to = Schema.of(table("child", childColumns, PrimaryKey.of("id"), toParent, byParent),
                table("parent", parentColumns, PrimaryKey.of("id"), code)).withSequence(sequence);
        assertEquals(List.of(
                        new CreateTable(table("parent", parentColumns, PrimaryKey.of("id"))),
                        new CreateTable(table("child", childColumns, PrimaryKey.of("id"))),
                        new CreateUniqueConstraint("parent", code),
                        new CreateIndex("child", byParent),
                        new CreateForeignKey("child", toParent),
                        new CreateSequence(sequence)),
                SchemaDiff.between(Schema.EMPTY, to));
    }
}
