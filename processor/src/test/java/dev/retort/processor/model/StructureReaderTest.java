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

/** Embeddables, collections, many-to-many and inheritance, read as Hibernate maps them (see HibernateParityTest). */
class StructureReaderTest {

    private static JavaFileObject source(String name, String... lines) {
        return ModelCapture.source(name, lines);
    }

    private static final JavaFileObject ADDRESS = source("Address",
            "@Embeddable public class Address {",
            "    @Column(nullable = false) String street;",
            "    int floor;",
            "}");

    @Test
    void embeddedValuesAreColumnsOfTheEntityWithOverridesAndNoPrimitiveNotNull() {
        JavaFileObject customer = source("Customer",
                "@Entity public class Customer {",
                "    @Id Long id;",
                "    @Version int version;",
                "    @Embedded Address home;",
                "    @Embedded @AttributeOverride(name = \"street\", column = @Column(name = \"work_street\", length = 80))",
                "    @AttributeOverride(name = \"floor\", column = @Column(name = \"work_floor\")) Address work;",
                "}");
        ModelCapture capture = ModelCapture.read(NamingStrategy.JPA, ADDRESS, customer);
        assertClean(capture.compilation);
        assertEquals("table customer (id bigint not null, version integer not null, street varchar(255) not null,"
                + " floor integer, work_street varchar(80), work_floor integer, primary key (id))",
                capture.model.schema().toString());
    }

    @Test
    void elementCollectionsAndManyToManyHaveTheirOwnTables() {
        JavaFileObject tag = source("Tag", "@Entity public class Tag {", "    @Id Long id;", "}");
        JavaFileObject post = source("Post",
                "@Entity public class Post {",
                "    @Id Long id;",
                "    @ElementCollection java.util.Set<String> keywords;",
                "    @ElementCollection @OrderColumn java.util.List<Address> addresses;",
                "    @ManyToMany java.util.Set<Tag> tags;",
                "}");
        // Spring Boot names a join table after the owner's table and the attribute: post_tags.
        ModelCapture capture = ModelCapture.read(NamingStrategy.SNAKE, ADDRESS, tag, post);
        assertClean(capture.compilation);
        assertEquals(String.join("\n",
                "table post (id bigint not null, primary key (id))",
                "table tag (id bigint not null, primary key (id))",
                "table post_keywords (post_id bigint not null, keywords varchar(255),"
                        + " foreign key fk_post_keywords_post_id (post_id) references post (id))",
                "table post_addresses (post_id bigint not null, street varchar(255) not null, floor integer,"
                        + " addresses_order integer not null, primary key (addresses_order, post_id),"
                        + " foreign key fk_post_addresses_post_id (post_id) references post (id))",
                "table post_tags (post_id bigint not null, tags_id bigint not null, primary key (post_id, tags_id),"
                        + " foreign key fk_post_tags_post_id (post_id) references post (id),"
                        + " foreign key fk_post_tags_tags_id (tags_id) references tag (id))"),
                capture.model.schema().toString());
    }

    @Test
    void singleTableAndJoinedInheritance() {
        JavaFileObject payment = source("Payment",
                "@Entity @DiscriminatorColumn(name = \"kind\") public abstract class Payment {",
                "    @Id Long id;",
                "    @Entity public static class Card extends Payment { String number; int digits; }",
                "}");
        JavaFileObject vehicle = source("Vehicle",
                "@Entity @Inheritance(strategy = InheritanceType.JOINED) public class Vehicle {",
                "    @Id Long id;",
                "    @Entity @PrimaryKeyJoinColumn(name = \"vehicle_id\") public static class Car extends Vehicle {",
                "        Integer doors;",
                "    }",
                "}");
        ModelCapture capture = ModelCapture.read(NamingStrategy.JPA, payment, vehicle);
        assertClean(capture.compilation);
        assertEquals(String.join("\n",
                "table payment (id bigint not null, kind varchar(31) not null, number varchar(255), digits integer,"
                        + " primary key (id))",
                "table vehicle (id bigint not null, primary key (id))",
                "table vehicle$car (vehicle_id bigint not null, doors integer, primary key (vehicle_id),"
                        + " foreign key fk_vehicle$car_vehicle (vehicle_id) references vehicle (id))"),
                capture.model.schema().toString());
    }

    @Test
    void whatIsNotReadYetIsAnErrorOnItsElement() {
        JavaFileObject drawing = source("Drawing",
                "@Entity public class Drawing {",
                "    @Id Long id;",
                "    @ManyToMany @MapKeyClass(String.class) java.util.Map<String, Tag> tags;",
                "    @ElementCollection @MapKey java.util.Map<String, String> notes;",
                "    @ElementCollection java.util.Map<Seat, String> seats;",
                "}");
        JavaFileObject tag = source("Tag", "@Entity public class Tag { @Id Long id; }");
        JavaFileObject seat = source("Seat",
                "@Entity @IdClass(Seat.Key.class) public class Seat {",
                "    @Id int row;",
                "    @Id int number;",
                "    public record Key(int row, int number) implements java.io.Serializable {}",
                "}");
        Compilation compilation = Fixtures.compile(List.of("-Aretort.check.drift=off"), drawing, tag, seat, ADDRESS);
        String map = "[retort:unsupported-mapping] Retort does not read this map's key yet ('%s': @MapKeyClass,"
                + " @MapKey on values that are no entities, or an entity key with a composite id): map the entries as"
                + " an entity of their own, or turn the check off with -Aretort.check.unsupported_mapping=off.";
        assertReported(compilation,
                error(drawing, 5, 71, String.format(map, "tags")),
                error(drawing, 6, 62, String.format(map, "notes")),
                error(drawing, 7, 52, String.format(map, "seats")));
    }

    @Test
    void annotationsThatChangeTheSchemaButAreNotReadAreErrorsOnTheirElements() {
        JavaFileObject ticket = source("Ticket",
                "@Entity @Table(catalog = \"sales\") public class Ticket {",
                "    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = \"t\")",
                "    @TableGenerator(name = \"t\", catalog = \"other\") Long id;",
                "    @OneToOne @MapsId(\"code\") Ticket original;",
                "    @Embedded @AssociationOverride(name = \"owner\", joinColumns = @JoinColumn(name = \"o\")) Stub stub;",
                "    @Embedded @Convert(attributeName = \"cod\", converter = Upper.class) @AttributeOverride(name = \"code\","
                        + " column = @Column(name = \"other_code\")) Stub other;",
                "    public static class Upper implements AttributeConverter<String, String> {",
                "        public String convertToDatabaseColumn(String s) { return s.toUpperCase(); }",
                "        public String convertToEntityAttribute(String s) { return s; }",
                "    }",
                "    @Embeddable public static class Stub { String code; }",
                "}");
        Compilation compilation = Fixtures.compile(List.of("-Aretort.check.drift=off"), ticket);
        String off = " makes of it: map it without, or turn the check off with -Aretort.check.unsupported_mapping=off.";
        assertReported(compilation,
                error(ticket, 3, 26, "[retort:unsupported-mapping] Retort does not read @Table(catalog)"
                + " yet ('Ticket'), so it cannot know the schema Hibernate" + off),
                error(ticket, 5, 43, "[retort:unsupported-mapping] Retort does not read"
                + " @TableGenerator(catalog) yet ('id'), so it cannot know the schema Hibernate" + off),
                error(ticket, 6, 38, "[retort:unsupported-mapping] Retort does not read @MapsId(\"code\")"
                + " yet ('original'), so it cannot know the schema Hibernate" + off),
                error(ticket, 7, 96, "[retort:unsupported-mapping] Retort does not read"
                + " @AssociationOverride(name = \"owner\") yet ('stub'), so it cannot know the schema Hibernate" + off),
                error(ticket, 8, 150, "[retort:unsupported-mapping] Retort does not read"
                + " @Convert(attributeName = \"cod\") yet ('other'), so it cannot know the schema Hibernate" + off));
    }

    @Test
    void theSameEntitiesWithoutThoseAnnotationsCompileCleanly() {
        JavaFileObject ticket = source("Ticket",
                "@Entity @Table(name = \"ticket\") public class Ticket {",
                "    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "    Boolean paid;",
                "    @OneToOne Ticket original;",
                "    @Embedded Stub stub;",
                "    @Embeddable public static class Stub { String code; }",
                "}");
        assertClean(Fixtures.compile(List.of("-Aretort.check.drift=off"), ticket));
    }

    /** A converter from Boolean to 'Y'/'N', its class declared on line 3 under this annotation. */
    private static JavaFileObject yesNoConverter(String annotation) {
        return source("YesNo",
                annotation + " public class YesNo implements AttributeConverter<Boolean, String> {",
                "    public String convertToDatabaseColumn(Boolean b) { return b ? \"Y\" : \"N\"; }",
                "    public Boolean convertToEntityAttribute(String s) { return \"Y\".equals(s); }",
                "}");
    }

    @Test
    void aBooleanConverterOfTheUsersIsAnErrorWhereItApplies() {
        JavaFileObject yesNo = yesNoConverter("@Converter(autoApply = true)");
        JavaFileObject ticket = source("Ticket", "@Entity public class Ticket { @Id Long id; Boolean paid; }");
        Compilation compilation = Fixtures.compile(List.of("-Aretort.check.drift=off"), yesNo, ticket);
        assertReported(compilation,
                error(ticket, 3, 52, "[retort:unsupported-mapping] Hibernate checks a converted boolean column against"
                        + " the values YesNo gives true and false, which Retort cannot compute at compile time: use"
                        + " Hibernate's YesNoConverter, TrueFalseConverter or NumericBooleanConverter, or turn the"
                        + " check off with -Aretort.check.unsupported_mapping=off."));
    }

    @Test
    void aConverterAppliedOnlyWhereNamedIsNoErrorByItself() {
        JavaFileObject yesNo = yesNoConverter("@Converter");
        JavaFileObject ticket = source("Ticket", "@Entity public class Ticket { @Id Long id; Boolean paid; }");
        assertClean(Fixtures.compile(List.of("-Aretort.check.drift=off"), yesNo, ticket));
    }
}
