package dev.retort.processor.model;

import static dev.retort.processor.expect.ExactDiagnostics.assertClean;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.processor.Fixtures;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Converters, TABLE generation, maps, TABLE_PER_CLASS and {@code @MapsId}, read as Hibernate maps
 * them (the same mappings are in HibernateParityTest's "mappings" set).
 */
class MappingsReaderTest {

    private static JavaFileObject source(String name, String... lines) {
        return ModelCapture.source(name, lines);
    }

    private static final JavaFileObject MONEY = source("Money",
            "public record Money(long cents) {",
            "    @Converter(autoApply = true) public static class Cents implements AttributeConverter<Money, Long> {",
            "        public Long convertToDatabaseColumn(Money m) { return m.cents(); }",
            "        public Money convertToEntityAttribute(Long c) { return new Money(c); }",
            "    }",
            "}");

    /** Hibernate's converter, known to Retort by name (Hibernate is not on the processor's test path). */
    private static final JavaFileObject HIBERNATE_YES_NO = JavaFileObjects.forSourceLines(
            "org.hibernate.type.YesNoConverter",
            "package org.hibernate.type;",
            "public class YesNoConverter implements jakarta.persistence.AttributeConverter<Boolean, Character> {",
            "    public Character convertToDatabaseColumn(Boolean b) { return b ? 'Y' : 'N'; }",
            "    public Boolean convertToEntityAttribute(Character c) { return c == 'Y'; }",
            "}");

    @Test
    void aConvertedAttributeHasTheColumnOfTheConvertersDatabaseType() {
        JavaFileObject level = source("Level", "public enum Level { LOW, HIGH }");
        JavaFileObject code = source("Code",
                "public class Code implements AttributeConverter<Level, String> {",
                "    public String convertToDatabaseColumn(Level l) { return l.name(); }",
                "    public Level convertToEntityAttribute(String s) { return Level.valueOf(s); }",
                "}");
        JavaFileObject product = source("Product",
                "@Entity public class Product {",
                "    @Id Long id;",
                "    Money price;",
                "    @Column(nullable = false) Money cost;",
                "    @Convert(disableConversion = true) @Column(name = \"raw\") Level raw;",
                "    @Convert(converter = Code.class) @Column(length = 4) Level level;",
                "    @Convert(converter = org.hibernate.type.YesNoConverter.class) boolean active;",
                "    @ElementCollection java.util.Set<Money> fees;",
                "}");
        ModelCapture capture = ModelCapture.read(NamingStrategy.JPA, MONEY, level, code, product, HIBERNATE_YES_NO);
        assertClean(capture.compilation);
        assertEquals(String.join("\n",
                "table product (id bigint not null, price bigint, cost bigint not null, raw tinyint, level varchar(4),"
                        + " active character(1) not null, primary key (id),"
                        + " check ck_product_raw (raw between 0 and 1), check ck_product_active (active in ('N','Y')))",
                "table product_fees (product_id bigint not null, fees bigint,"
                        + " foreign key fk_product_fees_product_id (product_id) references product (id))"),
                capture.model.schema().toString());
    }

    @Test
    void tablesAndSequencesGoIntoTheSchemasTheirAnnotationsName() {
        JavaFileObject warehouse = source("Warehouse",
                "@Entity @Table(name = \"Depot\", schema = \"StockData\") public class Warehouse {",
                "    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"ids\")",
                "    @SequenceGenerator(name = \"ids\", schema = \"StockData\") Long id;",
                "    @ElementCollection java.util.Set<String> docks;",
                "    @ElementCollection @CollectionTable(schema = \"Audit\") java.util.Set<String> permits;",
                "    @ManyToMany @JoinTable(name = \"stocked\", schema = \"Audit\") java.util.Set<Warehouse> twins;",
                "}");
        ModelCapture capture = ModelCapture.read(NamingStrategy.SNAKE, warehouse);
        assertClean(capture.compilation);
        assertEquals(String.join("\n",
                "schema audit",
                "schema stock_data",
                "table stock_data.depot (id bigint not null, primary key (id))",
                "table warehouse_docks (warehouse_id bigint not null, docks varchar(255),"
                        + " foreign key fk_warehouse_docks_warehouse_id (warehouse_id) references stock_data.depot (id))",
                "table audit.warehouse_permits (warehouse_id bigint not null, permits varchar(255), foreign key"
                        + " fk_audit_warehouse_permits_warehouse_id (warehouse_id) references stock_data.depot (id))",
                "table audit.stocked (warehouse_id bigint not null, twins_id bigint not null,"
                        + " primary key (twins_id, warehouse_id), foreign key fk_audit_stocked_warehouse_id"
                        + " (warehouse_id) references stock_data.depot (id), foreign key fk_audit_stocked_twins_id"
                        + " (twins_id) references stock_data.depot (id))",
                "sequence stock_data.ids start 1 increment 50"),
                capture.model.schema().toString());
    }

    @Test
    void collectionsOfAnEntityWithACompositeKeyJoinOnEveryKeyColumn() {
        JavaFileObject seat = source("Seat",
                "@Entity @IdClass(Seat.Key.class) public class Seat {",
                "    @Id @Column(name = \"seat_row\") int row;",
                "    @Id int number;",
                "    public record Key(int row, int number) implements java.io.Serializable {}",
                "    @ElementCollection java.util.Set<String> features;",
                "    @OneToMany @JoinColumns({@JoinColumn(name = \"held_row\", referencedColumnName = \"seat_row\"),",
                "            @JoinColumn(name = \"held_number\", referencedColumnName = \"number\")})",
                "    java.util.List<Hold> holds;",
                "    @Entity public static class Hold { @Id Long id; }",
                "}");
        ModelCapture capture = ModelCapture.read(NamingStrategy.SNAKE, seat);
        assertClean(capture.compilation);
        assertEquals(String.join("\n",
                "table seat (seat_row integer not null, number integer not null, primary key (number, seat_row))",
                "table seat$hold (id bigint not null, held_number integer, held_row integer, primary key (id),"
                        + " foreign key fk_seat$hold_held_number_held_row (held_number, held_row) references seat"
                        + " (number, seat_row))",
                "table seat_features (seat_number integer not null, seat_seat_row integer not null, features"
                        + " varchar(255), foreign key fk_seat_features_seat_number (seat_number, seat_seat_row)"
                        + " references seat (number, seat_row))"),
                capture.model.schema().toString());
    }

    @Test
    void collectionsInsideAnEmbeddedValueAreTheEntitysAndJoinTablesAreNamedAfterTables() {
        JavaFileObject depot = source("Depot",
                "@Entity(name = \"Storehouse\") @Table(name = \"depot_table\") public class Depot {",
                "    @Id Long id;",
                "    @Embedded Site site;",
                "    @Embeddable public static class Site {",
                "        @ElementCollection java.util.Set<String> gates;",
                "        @ManyToMany java.util.Set<Crate> crates;",
                "        @OneToMany(mappedBy = \"depot\") java.util.Set<Crate> inverse;",
                "    }",
                "    @Entity @Table(name = \"crate_table\") public static class Crate { @Id Long id; }",
                "}");
        ModelCapture capture = ModelCapture.read(NamingStrategy.JPA, depot);
        assertClean(capture.compilation);
        assertEquals(String.join("\n",
                "table depot_table (id bigint not null, primary key (id))",
                "table crate_table (id bigint not null, primary key (id))",
                "table storehouse_gates (storehouse_id bigint not null, gates varchar(255), foreign key"
                        + " fk_storehouse_gates_storehouse_id (storehouse_id) references depot_table (id))",
                "table depot_table_crate_table (storehouse_id bigint not null, crates_id bigint not null,"
                        + " primary key (storehouse_id, crates_id), foreign key"
                        + " fk_depot_table_crate_table_storehouse_id (storehouse_id) references depot_table (id),"
                        + " foreign key fk_depot_table_crate_table_crates_id (crates_id) references crate_table (id))"),
                capture.model.schema().toString());
    }

    @Test
    void mapsOfEntitiesAndMapsKeyedByEntitiesOrEmbeddables() {
        JavaFileObject shop = source("Shop",
                "@Entity public class Shop {",
                "    @Id Long id;",
                "    @OneToMany @MapKey(name = \"code\") java.util.Map<String, Item> byCode;",
                "    @ManyToMany @JoinTable(name = \"shop_by_id\") java.util.Map<Long, Item> byId;",
                "    @ElementCollection @MapKeyJoinColumn(name = \"item_ref\") java.util.Map<Item, String> notes;",
                "    @ElementCollection java.util.Map<Place, String> places;",
                "    @Entity public static class Item { @Id Long id; String code; }",
                "    @Embeddable public static class Place { String aisle; int shelf; }",
                "}");
        ModelCapture capture = ModelCapture.read(NamingStrategy.SNAKE, shop);
        assertClean(capture.compilation);
        assertEquals(String.join("\n",
                "table shop (id bigint not null, primary key (id))",
                "table shop$item (id bigint not null, code varchar(255), primary key (id))",
                "table shop_by_code (shop_id bigint not null, by_code_id bigint not null, primary key (by_code_id,"
                        + " shop_id), foreign key fk_shop_by_code_shop_id (shop_id) references shop (id), foreign key"
                        + " fk_shop_by_code_by_code_id (by_code_id) references shop$item (id), unique constraint"
                        + " uk_shop_by_code_by_code_id (by_code_id))",
                "table shop_by_id (shop_id bigint not null, by_id_id bigint not null, by_id_key bigint not null,"
                        + " primary key (by_id_key, shop_id), foreign key fk_shop_by_id_shop_id (shop_id) references"
                        + " shop (id), foreign key fk_shop_by_id_by_id_id (by_id_id) references shop$item (id))",
                "table shop_notes (shop_id bigint not null, notes varchar(255), item_ref bigint not null, primary key"
                        + " (item_ref, shop_id), foreign key fk_shop_notes_item_ref (item_ref) references shop$item"
                        + " (id), foreign key fk_shop_notes_shop_id (shop_id) references shop (id))",
                "table shop_places (shop_id bigint not null, places varchar(255), aisle varchar(255) not null, shelf"
                        + " integer not null, primary key (shelf, shop_id, aisle), foreign key fk_shop_places_shop_id"
                        + " (shop_id) references shop (id))"),
                capture.model.schema().toString());
    }

    @Test
    void noForeignKeyReferencesATablePerClassEntityWithSubclasses() {
        JavaFileObject shape = source("Shape",
                "@Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS) public abstract class Shape {",
                "    @Id Long id;",
                "    @ElementCollection java.util.Set<String> labels;",
                "    @Entity public static class Circle extends Shape { double radius; }",
                "    @Entity public static class Canvas {",
                "        @Id Long id;",
                "        @ManyToOne Shape first;",
                "        @ManyToOne Circle circle;",
                "    }",
                "}");
        ModelCapture capture = ModelCapture.read(NamingStrategy.JPA, shape);
        assertClean(capture.compilation);
        assertEquals(String.join("\n",
                "table shape$canvas (id bigint not null, first_id bigint, circle_id bigint, primary key (id),"
                        + " foreign key fk_shape$canvas_circle_id (circle_id) references shape$circle (id))",
                "table shape$circle (id bigint not null, radius double not null, primary key (id))",
                "table shape_labels (shape_id bigint not null, labels varchar(255))"),
                capture.model.schema().toString());
    }

    @Test
    void aSecondaryTableIsKeyedByTheEntitysKeyAndHoldsTheColumnsThatNameIt() {
        JavaFileObject member = source("Member",
                "@Entity",
                "@SecondaryTable(name = \"member_details\")",
                "@SecondaryTable(name = \"MemberBilling\", pkJoinColumns = @PrimaryKeyJoinColumn(name = \"member\"),",
                "        indexes = @Index(columnList = \"iban\"))",
                "public class Member {",
                "    @Id Long id;",
                "    String name;",
                "    @Column(table = \"member_details\") int age;",
                "    @Column(table = \"member_details\", nullable = false, unique = true) String phone;",
                "    @Column(table = \"MemberBilling\") String iban;",
                "    @ManyToOne @JoinColumn(table = \"member_details\") Member sponsor;",
                "}");
        ModelCapture capture = ModelCapture.read(NamingStrategy.JPA, member);
        assertClean(capture.compilation);
        assertEquals(String.join("\n",
                "table member (id bigint not null, name varchar(255), primary key (id))",
                "table member_details (id bigint not null, age integer, phone varchar(255) not null, sponsor_id bigint,"
                        + " primary key (id), foreign key fk_member_details_member (id) references member (id),"
                        + " unique constraint uk_member_details_phone (phone), foreign key fk_member_details_sponsor_id"
                        + " (sponsor_id) references member (id))",
                "table memberbilling (member bigint not null, iban varchar(255), primary key (member), foreign key"
                        + " fk_memberbilling_member (member) references member (id), index idx_memberbilling_iban (iban))"),
                capture.model.schema().toString());
    }

    @Test
    void aColumnInATableTheEntityDoesNotDeclareIsAnError() {
        JavaFileObject member = source("Member",
                "@Entity @SecondaryTable(name = \"details\", indexes = @Index(columnList = \"phone\"))",
                "public class Member {",
                "    @Id Long id;",
                "    @Column(table = \"detail\") String bio;",
                "    @ManyToOne @JoinColumn(table = \"elsewhere\") Member sponsor;",
                "}");
        Compilation compilation = Fixtures.compile(List.of("-Aretort.check.drift=off"), member);
        assertReported(compilation,
                error(member, 6, 21, "[retort:invalid-mapping] 'bio' is mapped to table detail, which is neither the"
                        + " table of Member nor one of its @SecondaryTable: name one of those, or declare it."),
                error(member, 7, 36, "[retort:invalid-mapping] 'sponsor' is mapped to table elsewhere, which is"
                        + " neither the table of Member nor one of its @SecondaryTable: name one of those, or declare"
                        + " it."),
                error(member, 3, 73, "[retort:unsupported-mapping] an index or unique constraint of table details"
                        + " names column phone, but the entity maps no such column there: use the column's name."));
    }

    @Test
    void aCatalogIsAnErrorOnTheElementThatNamesIt() {
        JavaFileObject depot = source("Depot",
                "@Entity public class Depot {",
                "    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"ids\")",
                "    @SequenceGenerator(name = \"ids\", catalog = \"other\") Long id;",
                "    @ElementCollection @CollectionTable(catalog = \"other\") java.util.Set<String> docks;",
                "    @ManyToMany @JoinTable(catalog = \"other\") java.util.Set<Depot> twins;",
                "}");
        Compilation compilation = Fixtures.compile(List.of("-Aretort.check.drift=off"), depot);
        String off = " yet ('%s'), so it cannot know the schema Hibernate makes of it: map it without, or turn the"
                + " check off with -Aretort.check.unsupported_mapping=off.";
        assertReported(compilation,
                error(depot, 5, 48, "[retort:unsupported-mapping] Retort does not read"
                + " @SequenceGenerator(catalog)" + String.format(off, "id")),
                error(depot, 6, 51, "[retort:unsupported-mapping] Retort does not read"
                + " @CollectionTable(catalog)" + String.format(off, "docks")),
                error(depot, 7, 38, "[retort:unsupported-mapping] Retort does not read"
                + " @JoinTable(catalog)" + String.format(off, "twins")));
    }

    @Test
    void aConvertOnAnEmbeddedAttributeNamesTheValueByItsPath() {
        JavaFileObject level = source("Level", "public enum Level { LOW, HIGH }");
        JavaFileObject code = source("Code",
                "public class Code implements AttributeConverter<Level, String> {",
                "    public String convertToDatabaseColumn(Level l) { return l.name(); }",
                "    public Level convertToEntityAttribute(String s) { return Level.valueOf(s); }",
                "}");
        JavaFileObject site = source("Site",
                "@Entity public class Site {",
                "    @Id Long id;",
                "    @Embedded @Convert(attributeName = \"inner.level\", converter = Code.class) Outer outer;",
                "    @Embeddable public static class Outer { @Embedded Inner inner; Level plain; }",
                "    @Embeddable public static class Inner { Level level; }",
                "}");
        ModelCapture capture = ModelCapture.read(NamingStrategy.JPA, level, code, site);
        assertClean(capture.compilation);
        assertEquals("table site (id bigint not null, level varchar(255), plain tinyint, primary key (id),"
                + " check ck_site_plain (plain between 0 and 1))", capture.model.schema().toString());
    }

    @Test
    void aColumnDefinitionRetortCannotReadIsAnErrorOnTheAttribute() {
        JavaFileObject document = source("Document",
                "@Entity public class Document {",
                "    @Id @Column(columnDefinition = \"serial\") Long id;",
                "    @Column(columnDefinition = \"jsonb\") String body;",
                "    @Column(columnDefinition = \"varchar(10) default 'x' not null\") String tag;",
                "}");
        Compilation compilation = Fixtures.compile(List.of("-Aretort.check.drift=off"), document);
        String read = "': it reads a type in the usual SQL spelling, then DEFAULT with a literal and [NOT] NULL; map"
                + " the type with length, precision and scale instead, or turn the check off with"
                + " -Aretort.check.unsupported_mapping=off.";
        assertReported(compilation,
                error(document, 4, 36, "[retort:unsupported-mapping] Retort cannot read"
                + " @Column(columnDefinition = \"serial\") on 'id" + read),
                error(document, 5, 32, "[retort:unsupported-mapping] Retort cannot read"
                + " @Column(columnDefinition = \"jsonb\") on 'body" + read));
    }

    /** Hibernate's annotations, as stubs: Hibernate is not on the processor's test path. */
    private static JavaFileObject hibernate(String name, String body) {
        return JavaFileObjects.forSourceLines("org.hibernate.annotations." + name, "package org.hibernate.annotations;",
                "import java.lang.annotation.*;", "@Retention(RetentionPolicy.RUNTIME) " + body);
    }

    private static final List<JavaFileObject> HIBERNATE = List.of(
            hibernate("NaturalId", "public @interface NaturalId { boolean mutable() default false; }"),
            JavaFileObjects.forSourceLines("org.hibernate.annotations.OnDeleteAction", "package org.hibernate.annotations;",
                    "public enum OnDeleteAction { NO_ACTION, CASCADE, SET_NULL, SET_DEFAULT, RESTRICT }"),
            hibernate("OnDelete", "public @interface OnDelete { OnDeleteAction action(); }"),
            hibernate("ColumnDefault", "public @interface ColumnDefault { String value(); }"),
            hibernate("Formula", "public @interface Formula { String value(); }"),
            hibernate("Check", "public @interface Check { String name() default \"\"; String constraints(); }"),
            hibernate("JdbcTypeCode", "public @interface JdbcTypeCode { int value(); }"),
            hibernate("Nationalized", "public @interface Nationalized {}"),
            hibernate("SoftDelete", "public @interface SoftDelete {}"),
            hibernate("GenericGenerator", "public @interface GenericGenerator { String name(); String strategy(); }"),
            hibernate("UuidGenerator", "public @interface UuidGenerator {}"));

    @Test
    void hibernatesGeneratorsMakeNoSequenceOrAreReported() {
        JavaFileObject token = source("Token",
                "@Entity public class Token {",
                "    @Id @GeneratedValue @org.hibernate.annotations.UuidGenerator String id;",
                "    @Entity public static class Counter {",
                "        @Id @GeneratedValue(generator = \"inc\")",
                "        @org.hibernate.annotations.GenericGenerator(name = \"inc\", strategy = \"increment\") Long id;",
                "    }",
                "}");
        List<JavaFileObject> sources = new java.util.ArrayList<>(HIBERNATE);
        sources.add(token);
        Compilation compilation = Fixtures.compile(List.of("-Aretort.check.drift=off"), sources.toArray(JavaFileObject[]::new));
        assertReported(compilation,
                error(token, 7, 9, "[retort:unsupported-mapping] Retort does not read @GenericGenerator yet ('id'), so"
                        + " it cannot know the schema Hibernate makes of it: map it without, or turn the check off with"
                        + " -Aretort.check.unsupported_mapping=off."));
    }

    @Test
    void hibernatesOwnAnnotationsAreReadOrReported() {
        JavaFileObject account = source("Account",
                "@Entity @org.hibernate.annotations.Check(constraints = \"balance > -100\") public class Account {",
                "    @Id Long id;",
                "    @org.hibernate.annotations.NaturalId String iban;",
                "    @ManyToOne @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE)",
                "    Account parent;",
                "    @org.hibernate.annotations.ColumnDefault(\"0\") Integer balance;",
                "    @org.hibernate.annotations.Formula(\"balance * 2\") Integer doubled;",
                "}");
        List<JavaFileObject> sources = new java.util.ArrayList<>(HIBERNATE);
        sources.add(account);
        ModelCapture capture = ModelCapture.read(NamingStrategy.JPA, sources.toArray(JavaFileObject[]::new));
        assertClean(capture.compilation);
        assertEquals("table account (id bigint not null, iban varchar(255), parent_id bigint, balance integer default 0,"
                + " primary key (id), foreign key fk_account_parent_id (parent_id) references account (id) on delete"
                + " CASCADE, check ck_account_check (balance > -100), unique constraint uk_account_natural_id (iban))",
                capture.model.schema().toString());

        JavaFileObject ledger = source("Ledger",
                "@Entity @org.hibernate.annotations.SoftDelete public class Ledger {",
                "    @Id Long id;",
                "    @org.hibernate.annotations.JdbcTypeCode(3001) String payload;",
                "    @org.hibernate.annotations.Nationalized String name;",
                "    @org.hibernate.annotations.ColumnDefault(\"nextval('s')\") Integer next;",
                "    @OneToMany(mappedBy = \"ledger\") @org.hibernate.annotations.OnDelete(",
                "            action = org.hibernate.annotations.OnDeleteAction.CASCADE) java.util.List<Entry> entries;",
                "    @Entity public static class Entry { @Id Long id; @ManyToOne Ledger ledger; }",
                "}");
        sources = new java.util.ArrayList<>(HIBERNATE);
        sources.add(ledger);
        Compilation compilation = Fixtures.compile(List.of("-Aretort.check.drift=off"), sources.toArray(JavaFileObject[]::new));
        String off = " yet ('%s'), so it cannot know the schema Hibernate makes of it: map it without, or turn the"
                + " check off with -Aretort.check.unsupported_mapping=off.";
        assertReported(compilation,
                error(ledger, 3, 54, "[retort:unsupported-mapping] Retort does not read @SoftDelete"
                + String.format(off, "Ledger")),
                error(ledger, 5, 58, "[retort:unsupported-mapping] Retort does not read @JdbcTypeCode"
                + String.format(off, "payload")),
                error(ledger, 6, 52, "[retort:unsupported-mapping] Retort does not read @Nationalized"
                + String.format(off, "name")),
                error(ledger, 7, 46, "[retort:unsupported-mapping] Retort cannot read @ColumnDefault(\"nextval('s')\")"
                        + " on 'next': it reads a literal (a quoted string, a number, true or false,"
                        + " current_timestamp); or turn the check off with -Aretort.check.unsupported_mapping=off."),
                error(ledger, 9, 94, "[retort:unsupported-mapping] Retort does not read @OnDelete"
                + String.format(off, "entries")));
    }

    @Test
    void aConverterWhoseColumnTypeIsATypeVariableIsAnError() {
        JavaFileObject json = source("Json",
                "public abstract class Json<T> implements AttributeConverter<T, String> {",
                "    public String convertToDatabaseColumn(T t) { return String.valueOf(t); }",
                "    public T convertToEntityAttribute(String s) { return null; }",
                "    public static class Any<X> extends Json<X> {}",
                "}");
        JavaFileObject document = source("Document",
                "@Entity public class Document {",
                "    @Id Long id;",
                "    @Convert(converter = Json.Any.class) java.util.List<String> body;",
                "}");
        Compilation compilation = Fixtures.compile(List.of("-Aretort.check.drift=off"), json, document);
        assertReported(compilation,
                error(document, 5, 65, "[retort:unsupported-mapping] Retort cannot tell which column type"
                        + " app.model.Json.Any writes: implement AttributeConverter<X, Y> with both types named, not"
                        + " type variables."));
    }

    @Test
    void tableGenerationCreatesTheTableOfCounters() {
        JavaFileObject ticket = source("Ticket",
                "@Entity public class Ticket {",
                "    @Id @GeneratedValue(strategy = GenerationType.TABLE) Long id;",
                "    @Entity public static class Order {",
                "        @Id @GeneratedValue(generator = \"orders\")",
                "        @TableGenerator(name = \"orders\", table = \"id_blocks\", pkColumnName = \"block\",",
                "                valueColumnName = \"next_id\") Long id;",
                "    }",
                "    @Entity public static class Line { @Id @GeneratedValue(generator = \"orders\") Long id; }",
                "    @Entity @SequenceGenerator(name = \"notes\") public static class Note {",
                "        @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"notes\") Long id;",
                "    }",
                "}");
        ModelCapture capture = ModelCapture.read(NamingStrategy.JPA, ticket);
        assertClean(capture.compilation);
        assertEquals(String.join("\n",
                "table ticket (id bigint not null, primary key (id))",
                "table hibernate_sequences (sequence_name varchar(255) not null, next_val bigint,"
                        + " primary key (sequence_name))",
                "table ticket$line (id bigint not null, primary key (id))",
                "table id_blocks (block varchar(255) not null, next_id bigint, primary key (block))",
                "table ticket$note (id bigint not null, primary key (id))",
                "table ticket$order (id bigint not null, primary key (id))",
                "sequence notes start 1 increment 50"),
                capture.model.schema().toString());
    }

    @Test
    void mapsAreKeyedByTheOwnerAndTheMapKey() {
        JavaFileObject dictionary = source("Dictionary",
                "@Entity public class Dictionary {",
                "    @Id Long id;",
                "    @ElementCollection java.util.Map<String, Integer> counts;",
                "    @ElementCollection @CollectionTable(name = \"translations\")",
                "    @MapKeyColumn(name = \"lang\", length = 8) @Column(name = \"text\") java.util.Map<String, String> texts;",
                "    @ElementCollection @MapKeyEnumerated(EnumType.STRING) java.util.Map<Side, Money> prices;",
                "    public enum Side { BUY, SELL }",
                "}");
        ModelCapture capture = ModelCapture.read(NamingStrategy.JPA, MONEY, dictionary);
        assertClean(capture.compilation);
        assertEquals(String.join("\n",
                "table dictionary (id bigint not null, primary key (id))",
                "table dictionary_counts (dictionary_id bigint not null, counts integer, counts_key varchar(255) not null,"
                        + " primary key (dictionary_id, counts_key),"
                        + " foreign key fk_dictionary_counts_dictionary_id (dictionary_id) references dictionary (id))",
                "table translations (dictionary_id bigint not null, text varchar(255), lang varchar(8) not null,"
                        + " primary key (dictionary_id, lang),"
                        + " foreign key fk_translations_dictionary_id (dictionary_id) references dictionary (id))",
                "table dictionary_prices (dictionary_id bigint not null, prices bigint, prices_key varchar(255) not null,"
                        + " primary key (dictionary_id, prices_key),"
                        + " check ck_dictionary_prices_prices_key (prices_key in ('BUY','SELL')),"
                        + " foreign key fk_dictionary_prices_dictionary_id (dictionary_id) references dictionary (id))"),
                capture.model.schema().toString());
    }

    @Test
    void tablePerClassGivesEachConcreteClassEveryColumnAndNoForeignKeyToIt() {
        JavaFileObject account = source("Account",
                "@Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS) public abstract class Account {",
                "    @Id @GeneratedValue Long id;",
                "    String owner;",
                "    @Entity public static class Savings extends Account { double rate; }",
                "}");
        JavaFileObject transfer = source("Transfer",
                "@Entity public class Transfer {",
                "    @Id Long id;",
                "    @ManyToOne Account account;",
                "}");
        ModelCapture capture = ModelCapture.read(NamingStrategy.JPA, account, transfer);
        assertClean(capture.compilation);
        assertEquals(String.join("\n",
                "table account$savings (id bigint not null, owner varchar(255), rate double not null, primary key (id))",
                "table transfer (id bigint not null, account_id bigint, primary key (id))",
                "sequence account_seq start 1 increment 50"),
                capture.model.schema().toString());
    }

    @Test
    void mapsIdMakesTheForeignKeyThePrimaryKey() {
        JavaFileObject user = source("User", "@Entity @Table(name = \"users\") public class User { @Id Long id; }");
        JavaFileObject profile = source("Profile",
                "@Entity public class Profile {",
                "    @Id Long id;",
                "    @OneToOne @MapsId User user;",
                "    String bio;",
                "}");
        ModelCapture capture = ModelCapture.read(NamingStrategy.JPA, profile, user);
        assertClean(capture.compilation);
        assertEquals(String.join("\n",
                "table profile (user_id bigint not null, bio varchar(255), primary key (user_id),"
                        + " foreign key fk_profile_user_id (user_id) references users (id))",
                "table users (id bigint not null, primary key (id))"),
                capture.model.schema().toString());
    }

    @Test
    void aRelationToACompositeKeyHasAJoinColumnPerKeyColumn() {
        JavaFileObject seat = source("Seat",
                "@Entity @IdClass(Seat.Key.class) public class Seat {",
                "    @Id @Column(name = \"seat_row\") int row;",
                "    @Id int number;",
                "    public record Key(int row, int number) implements java.io.Serializable {}",
                "}");
        JavaFileObject booking = source("Booking",
                "@Entity public class Booking {",
                "    @Id Long id;",
                "    @ManyToOne Seat seat;",
                "    @OneToOne(optional = false) @JoinColumns({",
                "            @JoinColumn(name = \"alt_number\", referencedColumnName = \"number\"),",
                "            @JoinColumn(name = \"alt_row\", referencedColumnName = \"seat_row\")}) Seat alternative;",
                "}");
        ModelCapture capture = ModelCapture.read(NamingStrategy.JPA, seat, booking);
        assertClean(capture.compilation);
        assertEquals(String.join("\n",
                "table booking (id bigint not null, seat_seat_row integer, seat_number integer,"
                        + " alt_row integer not null, alt_number integer not null, primary key (id),"
                        + " foreign key fk_booking_seat_number_seat_seat_row (seat_number, seat_seat_row)"
                        + " references seat (number, seat_row),"
                        + " foreign key fk_booking_alt_number_alt_row (alt_number, alt_row) references seat (number, seat_row),"
                        + " unique constraint uk_booking_alt_row_alt_number (alt_row, alt_number))",
                "table seat (seat_row integer not null, number integer not null, primary key (number, seat_row))"),
                capture.model.schema().toString());
    }

    @Test
    void aJoinColumnToAColumnOutsideTheKeyMustReferenceAUniqueColumn() {
        JavaFileObject country = source("Country",
                "@Entity public class Country {",
                "    @Id Long id;",
                "    String code;",
                "    @Column(unique = true, length = 3) String iso;",
                "}");
        JavaFileObject city = source("City",
                "@Entity public class City {",
                "    @Id Long id;",
                "    @ManyToOne @JoinColumn(name = \"country_code\", referencedColumnName = \"code\") Country country;",
                "    @ManyToOne @JoinColumn(name = \"country_iso\", referencedColumnName = \"isocode\") Country byName;",
                "}");
        Compilation compilation = Fixtures.compile(List.of("-Aretort.check.drift=off"), country, city);
        assertReported(compilation,
                error(city, 5, 74, "[retort:invalid-mapping] 'country' joins to country (code), which is neither its"
                        + " primary key nor unique: a foreign key needs a unique key there; make it unique"
                        + " (@Column(unique = true) or a unique constraint)."),
                error(city, 6, 73, "[retort:invalid-mapping] 'byName' joins to country.isocode, which the table does"
                        + " not have: when one join column references a column outside the key, each must name a column"
                        + " of the target's table in referencedColumnName."));

        JavaFileObject fixed = source("City",
                "@Entity public class City {",
                "    @Id Long id;",
                "    @ManyToOne @JoinColumn(name = \"country_iso\", referencedColumnName = \"iso\") Country country;",
                "}");
        ModelCapture capture = ModelCapture.read(NamingStrategy.JPA, country, fixed);
        assertClean(capture.compilation);
        assertEquals(String.join("\n",
                "table city (id bigint not null, country_iso varchar(3), primary key (id), foreign key"
                        + " fk_city_country_iso (country_iso) references country (iso))",
                "table country (id bigint not null, code varchar(255), iso varchar(3), primary key (id),"
                        + " unique constraint uk_country_iso (iso))"),
                capture.model.schema().toString());
    }

    @Test
    void relationsInEmbeddablesAndBaseClassesTakeTheirOverrides() {
        JavaFileObject user = source("User", "@Entity @Table(name = \"users\") public class User { @Id Long id; }");
        JavaFileObject audited = source("Audited",
                "@MappedSuperclass public abstract class Audited {",
                "    @ManyToOne User creator;",
                "}");
        JavaFileObject venue = source("Venue",
                "@Entity @AssociationOverride(name = \"creator\", joinColumns = @JoinColumn(name = \"created_by\"))",
                "public class Venue extends Audited {",
                "    @Id Long id;",
                "    @Embedded Contact main;",
                "    @Embedded @AttributeOverride(name = \"phone\", column = @Column(name = \"backup_phone\"))",
                "    @AssociationOverride(name = \"manager\", joinColumns = @JoinColumn(name = \"backup_manager\"))",
                "    Contact backup;",
                "    @Embeddable public static class Contact { String phone; @ManyToOne User manager; }",
                "}");
        ModelCapture capture = ModelCapture.read(NamingStrategy.JPA, user, audited, venue);
        assertClean(capture.compilation);
        assertEquals(String.join("\n",
                "table users (id bigint not null, primary key (id))",
                "table venue (id bigint not null, created_by bigint, phone varchar(255), manager_id bigint,"
                        + " backup_phone varchar(255), backup_manager bigint, primary key (id),"
                        + " foreign key fk_venue_created_by (created_by) references users (id),"
                        + " foreign key fk_venue_manager_id (manager_id) references users (id),"
                        + " foreign key fk_venue_backup_manager (backup_manager) references users (id))"),
                capture.model.schema().toString());
    }

    @Test
    void mapsIdOnAnEntityWithACompositeKeyIsAnError() {
        JavaFileObject user = source("User", "@Entity @Table(name = \"users\") public class User { @Id Long id; }");
        JavaFileObject membership = source("Membership",
                "@Entity @IdClass(Membership.Key.class) public class Membership {",
                "    @Id Long userId;",
                "    @Id Long clubId;",
                "    @ManyToOne @MapsId User user;",
                "    public record Key(Long userId, Long clubId) implements java.io.Serializable {}",
                "}");
        Compilation compilation = Fixtures.compile(List.of("-Aretort.check.drift=off"), user, membership);
        assertReported(compilation,
                error(membership, 6, 29, "[retort:unsupported-mapping] Retort does not read @MapsId yet ('user'), so"
                        + " it cannot know the schema Hibernate makes of it: map it without, or turn the check off with"
                        + " -Aretort.check.unsupported_mapping=off."));
    }
}
