package dev.retort.processor.model;

import static dev.retort.processor.expect.ExactDiagnostics.assertClean;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;
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
}
