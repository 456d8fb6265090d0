package dev.retort.processor.model;

import static dev.retort.processor.expect.ExactDiagnostics.assertClean;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.processor.Fixtures;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The model's own soundness: ids, mappedBy, relation targets, tables shared by two entities, columns written twice. */
class SoundnessTest {

    private static JavaFileObject entity(String name, String... body) {
        String[] lines = new String[body.length + 5];
        lines[0] = "package app.model;";
        lines[1] = "import jakarta.persistence.*;";
        lines[2] = "@Entity";
        lines[3] = "public class " + name + " {";
        System.arraycopy(body, 0, lines, 4, body.length);
        lines[lines.length - 1] = "}";
        return JavaFileObjects.forSourceLines("app.model." + name, lines);
    }

    private static Compilation compile(JavaFileObject... sources) {
        return Fixtures.compile(java.util.List.of("-Aretort.check.drift=off"), sources);
    }

    @Test
    void anEntityWithoutIdIsAnErrorOnTheClass() {
        JavaFileObject note = entity("Note", "    String text;");
        Compilation compilation = compile(note);
        assertReported(compilation,
                error(note, 4, 8, "[retort:entity-without-id] entity Note has no @Id: give it one (usually through a"
                        + " @MappedSuperclass base model)."));
    }

    @Test
    void mappedByMustNameAFieldOfTheOtherSide() {
        JavaFileObject user = entity("Owner", "    @Id Long id;",
                "    @OneToMany(mappedBy = \"owner\") java.util.List<Pet> pets;");
        JavaFileObject pet = entity("Pet", "    @Id Long id;", "    @ManyToOne Owner keeper;");
        Compilation compilation = compile(user, pet);
        assertReported(compilation,
                error(user, 6, 27, "[retort:mapped-by] 'pets' is mappedBy \"owner\", but Pet has no attribute of that"
                        + " name: name the field that owns the relation."));
    }

    @Test
    void mappedByMustPointBack() {
        JavaFileObject user = entity("Owner", "    @Id Long id;",
                "    @OneToMany(mappedBy = \"vet\") java.util.List<Pet> pets;");
        JavaFileObject pet = entity("Pet", "    @Id Long id;", "    @ManyToOne Owner keeper;", "    @ManyToOne Pet vet;");
        Compilation compilation = compile(user, pet);
        assertReported(compilation,
                error(user, 6, 27, "[retort:mapped-by] 'pets' is mappedBy \"vet\", but Pet.vet does not point back to"
                        + " Owner: name the field that does."));
    }

    @Test
    void aRelationToANonEntityIsAnError() {
        JavaFileObject pet = entity("Pet", "    @Id Long id;", "    @ManyToOne StringBuilder owner;");
        Compilation compilation = compile(pet);
        assertReported(compilation,
                error(pet, 6, 30, "[retort:relation-target] 'owner' is a relation to java.lang.StringBuilder, which is"
                        + " not an @Entity: annotate it, or map the attribute otherwise."));
    }

    @Test
    void twoEntitiesOnOneTableMustAgree() {
        JavaFileObject a = JavaFileObjects.forSourceLines("app.model.A", "package app.model;",
                "import jakarta.persistence.*;", "@Entity @Table(name = \"things\")", "public class A {",
                "    @Id Long id;", "    String label;", "}");
        JavaFileObject b = JavaFileObjects.forSourceLines("app.model.B", "package app.model;",
                "import jakarta.persistence.*;", "@Entity @Table(name = \"things\")", "public class B {",
                "    @Id Long id;", "    Integer label;", "}");
        Compilation compilation = compile(a, b);
        assertReported(compilation,
                error(b, 6, 13, "[retort:table-conflict] table things already maps column label varchar(255)"
                        + " differently (here: label integer): two entities on one table must agree on their columns."));
    }

    @Test
    void twoEntitiesOnOneTableThatAgreeShareItsKey() {
        JavaFileObject a = JavaFileObjects.forSourceLines("app.model.A", "package app.model;",
                "import jakarta.persistence.*;", "@Entity @Table(name = \"things\")", "public class A {",
                "    @Id Long id;", "    String label;", "}");
        JavaFileObject b = JavaFileObjects.forSourceLines("app.model.B", "package app.model;",
                "import jakarta.persistence.*;", "@Entity @Table(name = \"things\")", "public class B {",
                "    @Id Long id;", "    String label;", "    Integer rank;", "}");
        Compilation compilation = compile(a, b);
        assertClean(compilation);
    }

    @Test
    void twoEntitiesOfOneNameAreAnErrorOnTheSecond() {
        JavaFileObject a = JavaFileObjects.forSourceLines("app.model.A", "package app.model;",
                "import jakarta.persistence.*;", "@Entity(name = \"Thing\")", "public class A {", "    @Id Long id;", "}");
        JavaFileObject b = JavaFileObjects.forSourceLines("app.other.Thing", "package app.other;",
                "import jakarta.persistence.*;", "@Entity", "public class Thing {", "    @Id Long id;", "}");
        Compilation compilation = compile(a, b);
        assertReported(compilation,
                error(b, 3, 1, "[retort:invalid-mapping] entity name 'Thing' is taken by app.model.A and"
                        + " app.other.Thing: Hibernate refuses two entities of one name; give one another @Entity(name"
                        + " = ...)."));
    }

    @Test
    void nestedEntitiesOfOneSimpleNameHaveNamesOfTheirOwn() {
        JavaFileObject a = JavaFileObjects.forSourceLines("app.model.Depot", "package app.model;",
                "import jakarta.persistence.*;", "public class Depot {",
                "    @Entity @Table(name = \"depot_crates\") public static class Crate { @Id Long id; }", "}");
        JavaFileObject b = JavaFileObjects.forSourceLines("app.model.Ship", "package app.model;",
                "import jakarta.persistence.*;", "public class Ship {",
                "    @Entity @Table(name = \"ship_crates\") public static class Crate { @Id Long id; }", "}");
        assertClean(compile(a, b));
    }

    @Test
    void anIndexOfNoColumnsIsAnError() {
        JavaFileObject source = JavaFileObjects.forSourceLines("app.model.A", "package app.model;",
                "import jakarta.persistence.*;", "@Entity",
                "@Table(name = \"things\", indexes = @Index(columnList = \" \"))",
                "public class A {", "    @Id Long id;", "}");
        Compilation compilation = compile(source);
        assertReported(compilation,
                error(source, 4, 55, "[retort:invalid-mapping] an @Index on table things names no column (columnList"
                        + " is empty): name its columns, as Hibernate refuses an index of none."));
    }

    @Test
    void aColumnWrittenByTwoAttributesIsAnErrorOnTheSecond() {
        JavaFileObject order = entity("Order",
                "    @Id Long id;",                                                       // 5
                "    @Embedded Address billing;",                                         // 6
                "    @Embedded Address shipping;",                                        // 7
                "    @Column(name = \"buyer_id\") Long buyer;",                            // 8
                "    @ManyToOne @JoinColumn(name = \"buyer_id\") Order sameBuyer;",         // 9
                "    @Embeddable public static class Address { String city; }");
        Compilation compilation = compile(order);
        assertReported(compilation,
                error(order, 7, 23, "[retort:invalid-mapping] column order.city is written by both 'billing' and"
                        + " 'shipping': give one another column (an @AttributeOverride, for an embedded value), or make"
                        + " it insertable = false, updatable = false."),
                error(order, 9, 53, "[retort:invalid-mapping] column order.buyer_id is written by both 'buyer' and"
                        + " 'sameBuyer': give one another column (an @AttributeOverride, for an embedded value), or"
                        + " make it insertable = false, updatable = false."));
    }

    @Test
    void aScaleOnAFloatingPointNumberIsAnError() {
        JavaFileObject reading = entity("Reading",
                "    @Id Long id;",                                                       // 5
                "    @Column(precision = 10, scale = 3) Double value;",                   // 6
                "    @Column(precision = 10) double precise;",                            // 7
                "    @Column(precision = 10, scale = 3) java.math.BigDecimal exact;");    // 8
        Compilation compilation = compile(reading);
        assertReported(compilation,
                error(reading, 6, 37, "[retort:invalid-mapping] 'value' is a floating-point number with"
                        + " @Column(scale): Hibernate refuses it, as scale has no meaning there; use BigDecimal for a"
                        + " fixed scale, or drop the scale."));
    }

    @Test
    void aReadOnlyMappingMayShareAColumn() {
        JavaFileObject order = entity("Order",
                "    @Id Long id;",
                "    @Embedded Address billing;",
                "    @Embedded @AttributeOverride(name = \"city\", column = @Column(name = \"ship_city\"))"
                        + " Address shipping;",
                "    @Column(name = \"buyer_id\", insertable = false, updatable = false) Long buyer;",
                "    @ManyToOne @JoinColumn(name = \"buyer_id\") Order sameBuyer;",
                "    @Embeddable public static class Address { String city; }");
        assertClean(compile(order));
    }

    @Test
    void aNameThatIsNoSqlIdentifierIsAnErrorOnTheEntity() {
        JavaFileObject bad = JavaFileObjects.forSourceLines("app.model.Bad", "package app.model;",
                "import jakarta.persistence.*;", "@Entity @Table(name = \"bad table\")", "public class Bad {",
                "    @Id Long id;", "}");
        Compilation compilation = compile(bad);
        assertReported(compilation,
                error(bad, 4, 8, "[retort:invalid-mapping] entity Bad cannot become a table: model name 'bad table' is"
                        + " not a plain SQL identifier (letters, digits, _ and $, not starting with a digit). Fix the"
                        + " mapping; Hibernate would reject it too."));
    }

    @Test
    void anUnresolvableTableNameIsLeftToJavac() {
        JavaFileObject bad = JavaFileObjects.forSourceLines("app.model.Bad", "package app.model;",
                "import jakarta.persistence.*;", "@Entity @Table(name = NO_SUCH_CONSTANT)", "public class Bad {",
                "    @Id Long id;", "}");
        Compilation compilation = compile(bad);
        assertReported(compilation,
                error(bad, 3, 23, "cannot find symbol\n  symbol: variable NO_SUCH_CONSTANT"));
    }

    @Test
    void aSoundModelCompiles() {
        JavaFileObject user = entity("Owner", "    @Id Long id;",
                "    @OneToMany(mappedBy = \"owner\") java.util.List<Pet> pets;");
        JavaFileObject pet = entity("Pet", "    @Id Long id;", "    @ManyToOne Owner owner;");
        assertClean(compile(user, pet));
    }
}
