package dev.retort.processor.model;

import static dev.retort.processor.expect.ExactDiagnostics.assertClean;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Where Hibernate 7's DDL differs from 6.6's for the same entities, each as the option chooses it. */
class HibernateGenerationsTest {

    private static final HibernateSettings SIX = new HibernateSettings(Optional.of(HibernateGeneration.HIBERNATE_6),
            Optional.empty());
    private static final HibernateSettings SEVEN = new HibernateSettings(Optional.of(HibernateGeneration.HIBERNATE_7),
            Optional.empty());

    private static final JavaFileObject SHIPMENT = ModelCapture.source("Shipment",
            "@Entity @Inheritance @DiscriminatorColumn(name = \"kind\")",
            "public class Shipment {",
            "    @Id Long id;",
            "    java.time.LocalTime cutOff;",
            "    @Version java.time.Instant touched;",
            "    @ElementCollection java.util.Set<String> labels;",
            "    @ElementCollection @OrderColumn java.util.List<String> stops;",
            "    @Entity @DiscriminatorValue(\"X\") public static class Express extends Shipment {}",
            "    @Entity public static class Freight extends Shipment {}",
            "}");

    private static Table table(ModelCapture capture, String name) {
        assertClean(capture.compilation);
        return capture.model.schema().requireTable(name);
    }

    @Test
    void hibernate6() {
        ModelCapture capture = ModelCapture.read(SIX, SHIPMENT);
        assertEquals("table shipment (id bigint not null, kind varchar(31) not null, cutoff time(6), touched"
                + " timestamp_tz, primary key (id))", table(capture, "shipment").toString());
        assertEquals("table shipment_labels (shipment_id bigint not null, labels varchar(255), foreign key"
                + " fk_shipment_labels_shipment_id (shipment_id) references shipment (id))",
                table(capture, "shipment_labels").toString());
        assertEquals("table shipment_stops (shipment_id bigint not null, stops varchar(255), stops_order integer not"
                + " null, primary key (stops_order, shipment_id), foreign key fk_shipment_stops_shipment_id"
                + " (shipment_id) references shipment (id))", table(capture, "shipment_stops").toString());
    }

    @Test
    void hibernate7() {
        ModelCapture capture = ModelCapture.read(SEVEN, SHIPMENT);
        assertEquals("table shipment (id bigint not null, kind varchar(31) not null, cutoff time, touched"
                + " timestamp_tz not null, primary key (id), check ck_shipment_kind (kind in"
                + " ('Shipment','X','Shipment$Freight')))", table(capture, "shipment").toString());
        assertEquals("table shipment_labels (shipment_id bigint not null, labels varchar(255), unique constraint"
                + " uk_shipment_labels (shipment_id, labels), foreign key fk_shipment_labels_shipment_id (shipment_id)"
                + " references shipment (id))", table(capture, "shipment_labels").toString());
        assertEquals("table shipment_stops (shipment_id bigint not null, stops varchar(255), stops_order integer not"
                + " null, primary key (stops_order, shipment_id), check ck_shipment_stops_stops_order (stops_order >="
                + " 0), foreign key fk_shipment_stops_shipment_id (shipment_id) references shipment (id))",
                table(capture, "shipment_stops").toString());
    }

    private static final JavaFileObject GENERATED = ModelCapture.source("Refund",
            "@Entity @SequenceGenerator(name = \"refund_ids\", sequenceName = \"refund_numbers\")",
            "public class Refund {",
            "    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"refund_ids\") Long id;",
            "    @Entity public static class Rebate {",
            "        @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"refund_ids\") Long id;",
            "    }",
            "}");

    @Test
    void aGeneratorIsGlobalIn6AndTheEntitysOwnIn7() {
        Schema six = ModelCapture.read(SIX, GENERATED).model.schema();
        assertEquals("[refund_numbers]", six.sequences().keySet().toString());
        Schema seven = ModelCapture.read(SEVEN, GENERATED).model.schema();
        assertEquals("[refund_numbers, refund_ids]", seven.sequences().keySet().toString());
    }

    @Test
    void hibernate7sCheckOfAConvertedEnumIsReported() {
        JavaFileObject converter = ModelCapture.source("LevelConverter",
                "@Converter public class LevelConverter implements AttributeConverter<Gauge.Level, Integer> {",
                "    public Integer convertToDatabaseColumn(Gauge.Level level) { return level.ordinal() * 10; }",
                "    public Gauge.Level convertToEntityAttribute(Integer code) { return Gauge.Level.values()[code / 10]; }",
                "}");
        JavaFileObject gauge = ModelCapture.source("Gauge",
                "@Entity public class Gauge {",
                "    @Id Long id;",
                "    @Convert(converter = LevelConverter.class) Level level;",
                "    public enum Level { LOW, HIGH }",
                "}");
        assertClean(ModelCapture.read(SIX, converter, gauge).compilation);
        assertReported(ModelCapture.read(SEVEN, converter, gauge).compilation,
                error(gauge, 5, 54, "[retort:unsupported-mapping] Hibernate 7 checks the values LevelConverter gives"
                        + " the constants of 'level', which Retort cannot know at compile time: map it with"
                        + " @Enumerated, or turn the check off with -Aretort.check.unsupported_mapping=off and add the"
                        + " check in a migration yourself."));
    }

    /** Hibernate's timestamp generators, as stubs: Hibernate is not on the processor's test path. */
    private static final List<JavaFileObject> TIMESTAMPS = List.of(
            JavaFileObjects.forSourceLines("org.hibernate.generator.EventType", "package org.hibernate.generator;",
                    "public enum EventType { INSERT, UPDATE, FORCE_INCREMENT }"),
            JavaFileObjects.forSourceLines("org.hibernate.annotations.CreationTimestamp",
                    "package org.hibernate.annotations;", "public @interface CreationTimestamp {}"),
            JavaFileObjects.forSourceLines("org.hibernate.annotations.UpdateTimestamp",
                    "package org.hibernate.annotations;", "public @interface UpdateTimestamp {}"),
            JavaFileObjects.forSourceLines("org.hibernate.annotations.CurrentTimestamp",
                    "package org.hibernate.annotations;", "import org.hibernate.generator.EventType;",
                    "public @interface CurrentTimestamp { EventType[] event() default {EventType.INSERT,"
                            + " EventType.UPDATE, EventType.FORCE_INCREMENT}; }"),
            ModelCapture.source("Stamped",
                    "@Entity @Inheritance public class Stamped {",
                    "    @Id Long id;",
                    "    @org.hibernate.annotations.CreationTimestamp java.time.Instant created;",
                    "    @org.hibernate.annotations.UpdateTimestamp @Column(nullable = true) java.time.Instant updated;",
                    "    @org.hibernate.annotations.CurrentTimestamp java.time.Instant stamped;",
                    "    @org.hibernate.annotations.CurrentTimestamp(event = org.hibernate.generator.EventType.UPDATE)",
                    "    java.time.Instant changed;",
                    "    @Entity public static class Late extends Stamped {",
                    "        @org.hibernate.annotations.UpdateTimestamp java.time.Instant closed;",
                    "    }",
                    "}"));

    @Test
    void hibernate7MakesATimestampGeneratedOnInsertNotNull() {
        JavaFileObject[] sources = TIMESTAMPS.toArray(JavaFileObject[]::new);
        assertEquals("table stamped (id bigint not null, dtype varchar(31) not null, created timestamp_tz, updated"
                + " timestamp_tz, stamped timestamp_tz, changed timestamp_tz, closed timestamp_tz, primary key (id))",
                table(ModelCapture.read(SIX, sources), "stamped").toString());
        assertEquals("table stamped (id bigint not null, dtype varchar(31) not null, created timestamp_tz not null,"
                + " updated timestamp_tz not null, stamped timestamp_tz not null, changed timestamp_tz, closed"
                + " timestamp_tz not null, primary key (id), check ck_stamped_dtype (dtype in"
                + " ('Stamped','Stamped$Late')))", table(ModelCapture.read(SEVEN, sources), "stamped").toString());
    }

    private static final JavaFileObject[] CLINIC = {ModelCapture.source("Clinic",
            "@Entity public class Clinic {",
            "    @Id Long id;",
            "    @OneToMany java.util.Set<Specialty> offered;",
            "    @OneToMany @JoinTable(name = \"clinic_listed\") java.util.List<Specialty> listed;",
            "}"), ModelCapture.source("Specialty", "@Entity public class Specialty { @Id Long id; }")};

    @Test
    void hibernate7KeysASetsOneToManyJoinTableByTheTarget() {
        ModelCapture six = ModelCapture.read(SIX, CLINIC);
        assertEquals("table clinic_specialty (clinic_id bigint not null, offered_id bigint not null, primary key"
                + " (clinic_id, offered_id), foreign key fk_clinic_specialty_clinic_id (clinic_id) references clinic"
                + " (id), foreign key fk_clinic_specialty_offered_id (offered_id) references specialty (id), unique"
                + " constraint uk_clinic_specialty_offered_id (offered_id))",
                table(six, "clinic_specialty").toString());
        ModelCapture seven = ModelCapture.read(SEVEN, CLINIC);
        assertEquals("table clinic_specialty (clinic_id bigint not null, offered_id bigint not null, primary key"
                + " (offered_id), foreign key fk_clinic_specialty_clinic_id (clinic_id) references clinic (id), foreign"
                + " key fk_clinic_specialty_offered_id (offered_id) references specialty (id))",
                table(seven, "clinic_specialty").toString());
        assertEquals(table(six, "clinic_listed").toString(), table(seven, "clinic_listed").toString());
    }

    private static HibernateSettings seven(DdlSettings ddl) {
        return new HibernateSettings(Optional.of(HibernateGeneration.HIBERNATE_7), Optional.empty(), ddl);
    }

    @Test
    void hibernate7ChecksACharBoolean() {
        JavaFileObject flag = ModelCapture.source("Flag",
                "@Entity public class Flag {",
                "    @Id Long id;",
                "    boolean approved;",
                "    Boolean flagged;",
                "}");
        DdlSettings chars = new DdlSettings(DdlSettings.InstantType.TIMESTAMP_UTC, DdlSettings.UuidType.UUID,
                DdlSettings.BooleanType.CHAR, DdlSettings.IdNaming.STANDARD, DdlSettings.TimeZoneStorage.DEFAULT);
        assertEquals("table flag (id bigint not null, approved character(1) not null, flagged character(1),"
                + " primary key (id))", table(ModelCapture.read(new HibernateSettings(
                        Optional.of(HibernateGeneration.HIBERNATE_6), Optional.empty(), chars), flag), "flag").toString());
        assertEquals("table flag (id bigint not null, approved character(1) not null, flagged character(1),"
                + " primary key (id), check ck_flag_approved (approved in ('F','T')), check ck_flag_flagged"
                + " (flagged in ('F','T')))", table(ModelCapture.read(seven(chars), flag), "flag").toString());
    }

    @Test
    void hibernate7CountsAnUndeclaredGeneratorBy1UnderLegacyAndSingleNames() {
        JavaFileObject counter = ModelCapture.source("Counter",
                "@Entity public class Counter {",
                "    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"counter_numbers\") Long id;",
                "}");
        DdlSettings legacy = new DdlSettings(DdlSettings.InstantType.TIMESTAMP_UTC, DdlSettings.UuidType.UUID,
                DdlSettings.BooleanType.BOOLEAN, DdlSettings.IdNaming.LEGACY, DdlSettings.TimeZoneStorage.DEFAULT);
        assertEquals("[sequence counter_numbers start 1 increment 50]", ModelCapture.read(new HibernateSettings(
                Optional.of(HibernateGeneration.HIBERNATE_6), Optional.empty(), legacy), counter)
                .model.schema().sequences().values().toString());
        assertEquals("[sequence counter_numbers start 1 increment 1]",
                ModelCapture.read(seven(legacy), counter).model.schema().sequences().values().toString());
        assertEquals("[sequence counter_numbers start 1 increment 50]",
                ModelCapture.read(SEVEN, counter).model.schema().sequences().values().toString());
    }
}
