package dev.retort.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.operation.AddColumn;
import dev.retort.operation.AddPrimaryKey;
import dev.retort.operation.AlterColumnType;
import dev.retort.operation.AttachPrimaryKey;
import dev.retort.operation.AttachUniqueConstraint;
import dev.retort.operation.ValidateConstraint;
import dev.retort.operation.CreateCheck;
import dev.retort.operation.CreateForeignKey;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateSchema;
import dev.retort.operation.CreateSequence;
import dev.retort.operation.CreateTable;
import dev.retort.operation.CreateUniqueConstraint;
import dev.retort.operation.DropCheck;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropDefault;
import dev.retort.operation.DropForeignKey;
import dev.retort.operation.DropIdentity;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropNotNull;
import dev.retort.operation.DropPrimaryKey;
import dev.retort.operation.DropSchema;
import dev.retort.operation.DropSequence;
import dev.retort.operation.DropTable;
import dev.retort.operation.DropUniqueConstraint;
import dev.retort.operation.ExecuteSql;
import dev.retort.operation.Operation;
import dev.retort.operation.RenameColumn;
import dev.retort.operation.RenameTable;
import dev.retort.operation.RunJava;
import dev.retort.operation.SetDefault;
import dev.retort.operation.SetIdentity;
import dev.retort.operation.SetNotNull;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Golden checksums: one migration per kind of operation, per column type, per default and per
 * referential action, with the canonical text and checksum pinned. A failure here means that
 * upgrading Retort would change the checksum of a migration applied with the previous release, and
 * every database migrated with it would refuse to migrate: give the canonical form a new version
 * and accept the old one instead.
 */
class CanonicalFormTest {

    private static final SqlType INTEGER = SqlType.of(SqlType.Kind.INTEGER);

    /** One operation of each kind; the map's keys list what the golden values below cover. */
    static Map<Class<? extends Operation>, Operation> oneOfEach() {
        Map<Class<? extends Operation>, Operation> all = new LinkedHashMap<>();
        Table table = Table.of("sales.orders", List.of(
                        new Column("id", SqlType.of(SqlType.Kind.BIGINT), false, null, true),
                        new Column("code", SqlType.varchar(20), false, new DefaultValue.Text("a \"b\"\\\nc"), false),
                        new Column("user_id", INTEGER, true, null, false)),
                PrimaryKey.of("id"),
                List.of(new UniqueConstraint("uk_orders_code", List.of("code")),
                        new Index("idx_orders_user", List.of("user_id", "code"), false),
                        new ForeignKey("fk_orders_user", List.of("user_id"), "users", List.of("id"),
                                ReferentialAction.SET_NULL),
                        new CheckConstraint("ck_orders_code", "code <> ''")));
        all.put(CreateTable.class, new CreateTable(table));
        all.put(DropTable.class, new DropTable("orders"));
        all.put(RenameTable.class, new RenameTable("orders", "purchases"));
        all.put(AddColumn.class, new AddColumn("orders", new Column("total", SqlType.numeric(10, 2), false,
                new DefaultValue.Number(new BigDecimal("0.50")), false)));
        all.put(DropColumn.class, new DropColumn("orders", "total"));
        all.put(RenameColumn.class, new RenameColumn("orders", "code", "number"));
        all.put(AlterColumnType.class, new AlterColumnType("orders", "code", SqlType.varchar(40)));
        all.put(SetNotNull.class, new SetNotNull("orders", "user_id"));
        all.put(DropNotNull.class, new DropNotNull("orders", "user_id"));
        all.put(SetDefault.class, new SetDefault("orders", "paid", new DefaultValue.Bool(false)));
        all.put(DropDefault.class, new DropDefault("orders", "paid"));
        all.put(SetIdentity.class, new SetIdentity("orders", "id"));
        all.put(DropIdentity.class, new DropIdentity("orders", "id"));
        all.put(AddPrimaryKey.class, new AddPrimaryKey("order_lines", PrimaryKey.of("order_id", "line")));
        all.put(DropPrimaryKey.class, new DropPrimaryKey("order_lines"));
        all.put(CreateIndex.class, new CreateIndex("orders", new Index("uq_orders_code", List.of("code"), true), true));
        all.put(DropIndex.class, new DropIndex("orders", "uq_orders_code"));
        all.put(CreateForeignKey.class, new CreateForeignKey("order_lines", new ForeignKey("fk_lines_order",
                List.of("order_id", "shop"), "orders", List.of("id", "shop"), ReferentialAction.CASCADE)));
        all.put(DropForeignKey.class, new DropForeignKey("order_lines", "fk_lines_order"));
        all.put(CreateUniqueConstraint.class, new CreateUniqueConstraint("orders",
                new UniqueConstraint("uk_orders_number", List.of("number"))));
        all.put(DropUniqueConstraint.class, new DropUniqueConstraint("orders", "uk_orders_number"));
        all.put(CreateCheck.class, new CreateCheck("orders", new CheckConstraint("ck_total", "total >= 0")));
        all.put(DropCheck.class, new DropCheck("orders", "ck_total"));
        all.put(CreateSequence.class, new CreateSequence(new Sequence("orders_seq", 1, 50)));
        all.put(DropSequence.class, new DropSequence("orders_seq"));
        all.put(CreateSchema.class, new CreateSchema("sales"));
        all.put(DropSchema.class, new DropSchema("sales"));
        all.put(ExecuteSql.class, new ExecuteSql("UPDATE orders SET paid = FALSE WHERE note = 'it''s'"));
        all.put(RunJava.class, new RunJava(connection -> { }));
        all.put(AttachPrimaryKey.class, new AttachPrimaryKey("order_lines", "ux_lines"));
        all.put(AttachUniqueConstraint.class, new AttachUniqueConstraint("orders", "uk_orders_code", "ux_orders_code"));
        all.put(ValidateConstraint.class, new ValidateConstraint("orders", "fk_orders_user"));
        return all;
    }

    /** The options added after version 1's operations: each written only when set. */
    static List<Operation> options() {
        return List.of(new SetNotNull("orders", "user_id", true),
                new DropIndex("orders", "uq_orders_code", true),
                new CreateForeignKey("order_lines", new ForeignKey("fk_lines_order", List.of("order_id"), "orders",
                        List.of("id"), ReferentialAction.NO_ACTION), true),
                new CreateCheck("orders", new CheckConstraint("ck_total", "total >= 0"), true));
    }

    @Test
    void canonicalTextOfEachOptionIsPinned() {
        assertEquals(GOLDEN_OPTIONS, CanonicalForm.of(options()));
        assertEquals(GOLDEN_OPTION_CHECKSUMS, options().stream().map(o -> Checksums.of(List.of(o), List.of())).toList());
    }

    @Test
    void anOptionLeftUnsetLeavesTheTextAsVersionOneWroteIt() {
        assertEquals(CanonicalForm.of(List.of(new SetNotNull("t", "c"))),
                CanonicalForm.of(List.of(new SetNotNull("t", "c", false))));
        assertEquals(CanonicalForm.of(List.of(new DropIndex("t", "i"))), CanonicalForm.of(List.of(new DropIndex("t", "i", false))));
    }

    static final String GOLDEN_OPTIONS = """
            SetNotNull(table="orders", column="user_id", safely=true)
            DropIndex(table="orders", name="uq_orders_code", online=true)
            CreateForeignKey(table="order_lines", foreignKey=ForeignKey(name="fk_lines_order", \
            columns=["order_id"], referencedTable="orders", referencedColumns=["id"], onDelete=NO_ACTION), \
            notValid=true)
            CreateCheck(table="orders", check=Check(name="ck_total", expression="total >= 0"), notValid=true)
            """;

    static final List<String> GOLDEN_OPTION_CHECKSUMS = List.of(
            "ddf0c40f4d6d1454668ee61a7fa84fa58cab7362fffbdcd9d66e890d4f41bb26",
            "5c14756b4852cadaa150f7476ab8a211ba03d22149acd4f43188d3b2c79edd48",
            "3d1392e33a46088ece507e2778344de4a505d81f2c0c12cb83bb44c58e098ec6",
            "4a43c4b45c50f3bdba85b8557b0bd4004ecb2bffaa4cf26ead40b4deef6a484c");

    /** A column of every type, then every default and every referential action. */
    static List<Operation> everyValue() {
        List<Operation> all = new ArrayList<>();
        for (SqlType.Kind kind : SqlType.Kind.values()) {
            SqlType type = kind == SqlType.Kind.NUMERIC ? SqlType.numeric(12, 4)
                    : kind.sized() ? new SqlType(kind, 16, 0) : SqlType.of(kind);
            all.add(new AddColumn("t", new Column("c_" + kind.name().toLowerCase(), type, true, null, false)));
        }
        all.add(new SetDefault("t", "a", new DefaultValue.Text("x")));
        all.add(new SetDefault("t", "b", new DefaultValue.Number(new BigDecimal("-12.5"))));
        all.add(new SetDefault("t", "c", new DefaultValue.Number(new BigDecimal("1E+3"))));
        all.add(new SetDefault("t", "d", new DefaultValue.Bool(true)));
        all.add(new SetDefault("t", "e", new DefaultValue.CurrentTimestamp()));
        for (ReferentialAction action : ReferentialAction.values()) {
            all.add(new CreateForeignKey("t", new ForeignKey("fk_" + action.name().toLowerCase(), List.of("a"), "u",
                    List.of("id"), action)));
        }
        return all;
    }

    @Test
    void everyKindOfOperationHasAGoldenChecksum() {
        List<String> permitted = Arrays.stream(Operation.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .sorted().toList();
        assertEquals(permitted, oneOfEach().keySet().stream().map(Class::getSimpleName).sorted().toList(),
                "a new operation needs its canonical form and a golden checksum here");
    }

    @Test
    void canonicalTextOfEachOperationIsPinned() {
        String text = oneOfEach().values().stream().map(o -> CanonicalForm.of(List.of(o)))
                .collect(Collectors.joining());
        assertEquals(GOLDEN_TEXT, text);
    }

    @Test
    void checksumOfEachOperationIsPinned() {
        Map<String, String> actual = new LinkedHashMap<>();
        oneOfEach().forEach((kind, o) -> actual.put(kind.getSimpleName(), Checksums.of(List.of(o), List.of())));
        assertEquals(GOLDEN_CHECKSUMS, Map.copyOf(actual));
    }

    @Test
    void canonicalTextOfEveryTypeDefaultAndActionIsPinned() {
        assertEquals(GOLDEN_VALUES, CanonicalForm.of(everyValue()));
    }

    static final String GOLDEN_TEXT = """
            CreateTable(table=Table(name="sales.orders", columns=[Column(name="id", type=SqlType(kind=BIGINT, \
            size=0, scale=0), nullable=false, defaultValue=null, identity=true), Column(name="code", \
            type=SqlType(kind=VARCHAR, size=20, scale=0), nullable=false, \
            defaultValue=Text(value="a \\"b\\"\\\\\\nc"), identity=false), Column(name="user_id", \
            type=SqlType(kind=INTEGER, size=0, scale=0), nullable=true, defaultValue=null, identity=false)], \
            primaryKey=PrimaryKey(columns=["id"]), constraints=[UniqueConstraint(name="uk_orders_code", \
            columns=["code"]), Index(name="idx_orders_user", columns=["user_id", "code"], unique=false), \
            ForeignKey(name="fk_orders_user", columns=["user_id"], referencedTable="users", \
            referencedColumns=["id"], onDelete=SET_NULL), Check(name="ck_orders_code", \
            expression="code <> ''")]))
            DropTable(table="orders")
            RenameTable(from="orders", to="purchases")
            AddColumn(table="orders", column=Column(name="total", type=SqlType(kind=NUMERIC, size=10, scale=2), \
            nullable=false, defaultValue=Number(value=0.5), identity=false))
            DropColumn(table="orders", column="total")
            RenameColumn(table="orders", from="code", to="number")
            AlterColumnType(table="orders", column="code", type=SqlType(kind=VARCHAR, size=40, scale=0))
            SetNotNull(table="orders", column="user_id")
            DropNotNull(table="orders", column="user_id")
            SetDefault(table="orders", column="paid", value=Bool(value=false))
            DropDefault(table="orders", column="paid")
            SetIdentity(table="orders", column="id")
            DropIdentity(table="orders", column="id")
            AddPrimaryKey(table="order_lines", key=PrimaryKey(columns=["order_id", "line"]))
            DropPrimaryKey(table="order_lines")
            CreateIndex(table="orders", index=Index(name="uq_orders_code", columns=["code"], unique=true), \
            online=true)
            DropIndex(table="orders", name="uq_orders_code")
            CreateForeignKey(table="order_lines", foreignKey=ForeignKey(name="fk_lines_order", \
            columns=["order_id", "shop"], referencedTable="orders", referencedColumns=["id", "shop"], \
            onDelete=CASCADE))
            DropForeignKey(table="order_lines", name="fk_lines_order")
            CreateUniqueConstraint(table="orders", constraint=UniqueConstraint(name="uk_orders_number", \
            columns=["number"]))
            DropUniqueConstraint(table="orders", name="uk_orders_number")
            CreateCheck(table="orders", check=Check(name="ck_total", expression="total >= 0"))
            DropCheck(table="orders", name="ck_total")
            CreateSequence(sequence=Sequence(name="orders_seq", start=1, increment=50))
            DropSequence(name="orders_seq")
            CreateSchema(name="sales")
            DropSchema(name="sales")
            ExecuteSql(sql="UPDATE orders SET paid = FALSE WHERE note = 'it''s'")
            RunJava()
            AttachPrimaryKey(table="order_lines", index="ux_lines")
            AttachUniqueConstraint(table="orders", name="uk_orders_code", index="ux_orders_code")
            ValidateConstraint(table="orders", name="fk_orders_user")
            """;
    static final String GOLDEN_VALUES = """
            AddColumn(table="t", column=Column(name="c_tinyint", type=SqlType(kind=TINYINT, size=0, scale=0), \
            nullable=true, defaultValue=null, identity=false))
            AddColumn(table="t", column=Column(name="c_smallint", type=SqlType(kind=SMALLINT, size=0, scale=0), \
            nullable=true, defaultValue=null, identity=false))
            AddColumn(table="t", column=Column(name="c_integer", type=SqlType(kind=INTEGER, size=0, scale=0), \
            nullable=true, defaultValue=null, identity=false))
            AddColumn(table="t", column=Column(name="c_bigint", type=SqlType(kind=BIGINT, size=0, scale=0), \
            nullable=true, defaultValue=null, identity=false))
            AddColumn(table="t", column=Column(name="c_boolean", type=SqlType(kind=BOOLEAN, size=0, scale=0), \
            nullable=true, defaultValue=null, identity=false))
            AddColumn(table="t", column=Column(name="c_varchar", type=SqlType(kind=VARCHAR, size=16, scale=0), \
            nullable=true, defaultValue=null, identity=false))
            AddColumn(table="t", column=Column(name="c_char", type=SqlType(kind=CHAR, size=16, scale=0), \
            nullable=true, defaultValue=null, identity=false))
            AddColumn(table="t", column=Column(name="c_text", type=SqlType(kind=TEXT, size=0, scale=0), \
            nullable=true, defaultValue=null, identity=false))
            AddColumn(table="t", column=Column(name="c_numeric", type=SqlType(kind=NUMERIC, size=12, scale=4), \
            nullable=true, defaultValue=null, identity=false))
            AddColumn(table="t", column=Column(name="c_real", type=SqlType(kind=REAL, size=0, scale=0), \
            nullable=true, defaultValue=null, identity=false))
            AddColumn(table="t", column=Column(name="c_double", type=SqlType(kind=DOUBLE, size=0, scale=0), \
            nullable=true, defaultValue=null, identity=false))
            AddColumn(table="t", column=Column(name="c_date", type=SqlType(kind=DATE, size=0, scale=0), \
            nullable=true, defaultValue=null, identity=false))
            AddColumn(table="t", column=Column(name="c_time", type=SqlType(kind=TIME, size=0, scale=0), \
            nullable=true, defaultValue=null, identity=false))
            AddColumn(table="t", column=Column(name="c_timestamp", type=SqlType(kind=TIMESTAMP, size=0, \
            scale=0), nullable=true, defaultValue=null, identity=false))
            AddColumn(table="t", column=Column(name="c_timestamp_tz", type=SqlType(kind=TIMESTAMP_TZ, size=0, \
            scale=0), nullable=true, defaultValue=null, identity=false))
            AddColumn(table="t", column=Column(name="c_uuid", type=SqlType(kind=UUID, size=0, scale=0), \
            nullable=true, defaultValue=null, identity=false))
            AddColumn(table="t", column=Column(name="c_varbinary", type=SqlType(kind=VARBINARY, size=16, \
            scale=0), nullable=true, defaultValue=null, identity=false))
            AddColumn(table="t", column=Column(name="c_blob", type=SqlType(kind=BLOB, size=0, scale=0), \
            nullable=true, defaultValue=null, identity=false))
            AddColumn(table="t", column=Column(name="c_clob", type=SqlType(kind=CLOB, size=0, scale=0), \
            nullable=true, defaultValue=null, identity=false))
            SetDefault(table="t", column="a", value=Text(value="x"))
            SetDefault(table="t", column="b", value=Number(value=-12.5))
            SetDefault(table="t", column="c", value=Number(value=1000))
            SetDefault(table="t", column="d", value=Bool(value=true))
            SetDefault(table="t", column="e", value=CurrentTimestamp())
            CreateForeignKey(table="t", foreignKey=ForeignKey(name="fk_no_action", columns=["a"], \
            referencedTable="u", referencedColumns=["id"], onDelete=NO_ACTION))
            CreateForeignKey(table="t", foreignKey=ForeignKey(name="fk_restrict", columns=["a"], \
            referencedTable="u", referencedColumns=["id"], onDelete=RESTRICT))
            CreateForeignKey(table="t", foreignKey=ForeignKey(name="fk_cascade", columns=["a"], \
            referencedTable="u", referencedColumns=["id"], onDelete=CASCADE))
            CreateForeignKey(table="t", foreignKey=ForeignKey(name="fk_set_null", columns=["a"], \
            referencedTable="u", referencedColumns=["id"], onDelete=SET_NULL))
            CreateForeignKey(table="t", foreignKey=ForeignKey(name="fk_set_default", columns=["a"], \
            referencedTable="u", referencedColumns=["id"], onDelete=SET_DEFAULT))
            """;
    /** sha256 of each operation's canonical text alone, then "\n--\n" (an empty downgrade). */
    static final Map<String, String> GOLDEN_CHECKSUMS = Map.ofEntries(
            Map.entry("CreateTable", "6f8c7bb22d8918e824eed66879ac736f813845fad7ecf1be372563ed6ca2910a"),
            Map.entry("DropTable", "98fc1aabc29a6699c8d871026a9f654d0e01ec667dbf3e342a9d7451e6596a83"),
            Map.entry("RenameTable", "217905bee5a439e876258f6a1099641c07b9188a3b0c272d71b559c55b9de8f1"),
            Map.entry("AddColumn", "5503928ded8243c44027cb62b26f0820ef11a8cfa29939b9209c43ddc46a852e"),
            Map.entry("DropColumn", "856fa5dbfdd74d74190bae3b3f29b411754db045fe354aa040b21e8ed5ade200"),
            Map.entry("RenameColumn", "0eede28a73d3d58a1a6f8c0d740b7ee00d6cca536de88a377395a8e080378660"),
            Map.entry("AlterColumnType", "31f28dbc99534cc7a58d965f25222ddd91c098423f70e5df96b4d31a11755b19"),
            Map.entry("SetNotNull", "1c035f8198e23ae55537fc9700fcceec27d15249c1b60930786602a80c755751"),
            Map.entry("DropNotNull", "683babb42e723f14b275349f71b485eaabdf69453ba18abfbcfccdb63be92c5f"),
            Map.entry("SetDefault", "04f769b2b0d5692b1184689270f4126c99992efd1cf8400756f4cdedd18c2000"),
            Map.entry("DropDefault", "d4a930d79529aa8e7367ce35bd3aee0d6580cd66df99bece38a370f2eba38287"),
            Map.entry("SetIdentity", "b80d3f6e352098153ced96960ca67da33158f502f2a67bd0bc809b0729ef2143"),
            Map.entry("DropIdentity", "8226d7f52140970ca200668f901054d58c53792851b0682c5f1597868fcb4571"),
            Map.entry("AddPrimaryKey", "c57af2bca7ca0cbf0f38290bac56d290c229192ba0fa53451585fdcec41d3f9b"),
            Map.entry("DropPrimaryKey", "a2fa8fc4d3a1bab4f3da67a18dc9c8a23e4da84e8e57ea5995745d21e3fc3132"),
            Map.entry("CreateIndex", "e7c45ae1f7beb416678be53dba2c9fd88e661e5989d6803e9106cee10ec6b6fc"),
            Map.entry("DropIndex", "fc6ca909bd6c497e1b905c6ccbb002859eab14a4f0e35a99926d141dca255667"),
            Map.entry("CreateForeignKey", "2fe0369707c9b33ac2accf1d70ddcf0bcd71b639a9b3c68d10993c6a68f6f8b5"),
            Map.entry("DropForeignKey", "04be315dfed31b84e2f7bbb247b24a302b2db9663054d3922da5d23e05cbb434"),
            Map.entry("CreateUniqueConstraint", "8b093b6f3dae3474537ff09bfb891ef2e22c858419d0a01690cba2d1739eb008"),
            Map.entry("DropUniqueConstraint", "9ce1e7b3ec1f0c226d08aa0753b91b177e45ea504fe12716cdb202f5f8fc0067"),
            Map.entry("CreateCheck", "6f1a8b7755bbbee7348371b2f825b3f8def25a9b43c0207fdc526d1762aae5f1"),
            Map.entry("DropCheck", "7740c308c69988dfddc2c438765eb1076929998f4390ca845066f2eae7e93c06"),
            Map.entry("CreateSequence", "62aadc7c9f12887b03791bdb578ee574241f2985b4867b40b2291a4ff6041b8c"),
            Map.entry("DropSequence", "412e713823df8135f5432c19eb3adcd37cbbaefce1d1383c76ee1f68e8a84db8"),
            Map.entry("CreateSchema", "937cedd07de8e98d3ced48a4f4dd6e96679769d23abaf141b0576ef9536fcd86"),
            Map.entry("DropSchema", "e0036b3fcd4b86d66d54d37c6a2bb98cba0ce85e0ce150f74922c75cdc79408d"),
            Map.entry("ExecuteSql", "e548adf0df01d6cf963616632fdd7ee79d386f6c33443db6695f8b1524973f7a"),
            Map.entry("RunJava", "d07fbfdfc36f895c2768e4bc078ea357672d1998944aae2194f2cbbe320e2502"),
            Map.entry("AttachPrimaryKey", "4cddadeb64d1271848ab633a2ce2f3472aabaee32056c480d3adedf7a43e5bd5"),
            Map.entry("AttachUniqueConstraint", "e121cc4c11155f89526a5ca21d137607a293098246c21d2b57a50ff0cdd54131"),
            Map.entry("ValidateConstraint", "538397db6238165b3a620d1813f31f08e4a47e8d0a45f52098dab4f6b12caea5"));
}
