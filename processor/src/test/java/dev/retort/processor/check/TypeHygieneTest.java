package dev.retort.processor.check;

import static dev.retort.processor.Fixtures.NO_ENTITY;
import static dev.retort.processor.Fixtures.change;
import static dev.retort.processor.Fixtures.compile;
import static dev.retort.processor.Fixtures.createUsers;
import static dev.retort.processor.expect.ExactDiagnostics.assertReported;
import static dev.retort.processor.expect.Reported.warning;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class TypeHygieneTest {

    private static final List<String> ON = List.of("-Aretort.check.integer_key=warning",
            "-Aretort.check.timestamp_without_time_zone=warning", "-Aretort.check.char_type=warning");

    private static JavaFileObject tags(String id, String at, String code) {
        return change("CreateTags", "",
                List.of("op.createTable(\"tags\", column(\"id\", " + id + ").primaryKey(), column(\"at\", " + at + "),",
                        "    column(\"code\", " + code + "));"),
                List.of("op.dropTable(\"tags\");"));
    }

    @Test
    void turnedOnEachAgingTypeIsAWarningOnTheCallThatMakesIt() {
        JavaFileObject source = tags("INTEGER", "TIMESTAMP", "character(3)");
        Compilation compilation = compile(ON, createUsers(), source);
        assertReported(compilation,
                NO_ENTITY,
                warning(source, 11, 23, "[retort:integer-key] tags.id is a key of type integer, which runs out at"
                + " 2147483647 rows: make it BIGINT (a Long id in the entity)."),
                warning(source, 11, 23, "[retort:timestamp-without-time-zone] tags.at is a timestamp without"
                + " time zone, whose values mean nothing without the zone they were written in: use TIMESTAMP_TZ (an"
                + " Instant or OffsetDateTime in the entity)."),
                warning(source, 11, 23, "[retort:char-type] tags.code is a character(3), padded with spaces to its"
                + " length: use varchar."));
    }

    @Test
    void offByDefaultAndSilentOnTheTypesTheyAskFor() {
        assertReported(compile(createUsers(), tags("INTEGER", "TIMESTAMP", "character(3)")), NO_ENTITY);
        assertReported(compile(ON, createUsers(), tags("BIGINT", "TIMESTAMP_TZ", "varchar(3)")), NO_ENTITY);
    }
}
