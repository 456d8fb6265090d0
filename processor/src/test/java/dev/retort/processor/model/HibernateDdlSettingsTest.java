package dev.retort.processor.model;

import static dev.retort.processor.expect.ExactDiagnostics.assertClean;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.retort.processor.Fixtures;
import dev.retort.processor.Options;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The Hibernate settings that change the DDL, read from their options, each as Hibernate applies it. */
class HibernateDdlSettingsTest {

    private static final JavaFileObject READING = ModelCapture.source("Reading",
            "@Entity",
            "public class Reading {",
            "    @Id @GeneratedValue Long id;",
            "    java.time.Instant taken;",
            "    @Column(name = \"closing\") java.time.OffsetDateTime closedAt;",
            "    java.util.UUID token;",
            "    boolean flagged;",
            "}");

    private static HibernateSettings settings(String option, String value) {
        Map<String, String> raw = new java.util.TreeMap<>(Map.of(Options.HIBERNATE, "6"));
        raw.put(option, value);
        Options options = Options.parse(raw);
        assertEquals(List.of(), options.problems());
        return options.hibernate();
    }

    private static String reading(HibernateSettings settings) {
        ModelCapture capture = ModelCapture.read(settings, READING);
        assertClean(capture.compilation);
        return capture.model.schema().requireTable("reading") + " " + capture.model.schema().sequences().values();
    }

    @Test
    void hibernatesDefaults() {
        assertEquals("table reading (id bigint not null, taken timestamp_tz, closing timestamp_tz, token uuid,"
                + " flagged boolean not null, primary key (id)) [sequence reading_seq start 1 increment 50]",
                reading(settings(Options.HIBERNATE, "6")));
    }

    @Test
    void eachSettingChangesWhatHibernateChanges() {
        assertEquals("table reading (id bigint not null, taken timestamp, closing timestamp_tz, token uuid,"
                + " flagged boolean not null, primary key (id)) [sequence reading_seq start 1 increment 50]",
                reading(settings(Options.PREFERRED_INSTANT, "TIMESTAMP")));
        assertEquals("table reading (id bigint not null, taken timestamp_tz, closing timestamp_tz,"
                + " token character(36), flagged boolean not null, primary key (id))"
                + " [sequence reading_seq start 1 increment 50]", reading(settings(Options.PREFERRED_UUID, "1")));
        assertEquals("table reading (id bigint not null, taken timestamp_tz, closing timestamp_tz, token uuid,"
                + " flagged integer not null, primary key (id)) [sequence reading_seq start 1 increment 50]",
                reading(settings(Options.PREFERRED_BOOLEAN, "integer")));
        assertEquals("table reading (id bigint not null, taken timestamp_tz, closing timestamp_tz, token uuid,"
                + " flagged boolean not null, primary key (id)) [sequence hibernate_sequence start 1 increment 1]",
                reading(settings(Options.ID_NAMING, "legacy")));
        assertEquals("table reading (id bigint not null, taken timestamp_tz, closing timestamp, token uuid,"
                + " flagged boolean not null, primary key (id)) [sequence reading_seq start 1 increment 50]",
                reading(settings(Options.TIME_ZONE_STORAGE, "NORMALIZE")));
        assertEquals("table reading (id bigint not null, taken timestamp_tz, closing timestamp_tz, closing_tz integer,"
                + " token uuid, flagged boolean not null, primary key (id)) [sequence reading_seq start 1 increment 50]",
                reading(settings(Options.TIME_ZONE_STORAGE, "COLUMN")));
    }

    @Test
    void oneSequenceCountedTwoWaysIsAnError() {
        JavaFileObject meter = ModelCapture.source("Meter",
                "@Entity",
                "public class Meter {",
                "    @Id @GeneratedValue Long id;",
                "    @Entity public static class Dial {",
                "        @Id @GeneratedValue(generator = \"dials\") Long id;",
                "    }",
                "}");
        Compilation single = Fixtures.compile(List.of("-Aretort.check.drift=off",
                "-A" + Options.ID_NAMING + "=single"), meter);
        assertReported(single,
                error(meter, 7, 55, "[retort:invalid-mapping] sequence hibernate_sequence would"
                + " count by 1 for one id and by 50 for this one, which Hibernate refuses: give the generators one"
                + " allocationSize, or this one a sequenceName of its own."));
        assertClean(Fixtures.compile(List.of("-Aretort.check.drift=off", "-A" + Options.ID_NAMING + "=legacy"), meter));
    }

    @Test
    void zonedDateTimesInACollectionUnderColumnStorageAreReported() {
        JavaFileObject log = ModelCapture.source("Log",
                "@Entity",
                "public class Log {",
                "    @Id Long id;",
                "    @ElementCollection java.util.Set<java.time.OffsetDateTime> seen;",
                "}");
        Compilation column = Fixtures.compile(List.of("-Aretort.check.drift=off",
                "-A" + Options.TIME_ZONE_STORAGE + "=COLUMN"), log);
        assertReported(column,
                error(log, 6, 64, "[retort:unsupported-mapping] Retort does not read yet where"
                + " hibernate.timezone.default_storage=COLUMN keeps the offsets of a collection of zoned date-times"
                + " ('seen'): store them another way, or turn the check off with"
                + " -Aretort.check.unsupported_mapping=off."));
        assertClean(Fixtures.compile(List.of("-Aretort.check.drift=off",
                "-A" + Options.TIME_ZONE_STORAGE + "=NORMALIZE"),
                log));
    }
}
