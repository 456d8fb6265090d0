package dev.retort.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.jayway.jsonpath.JsonPath;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metadata Boot's processor writes from {@link RetortProperties}, which IDEs complete {@code spring.retort.*} from. */
class ConfigurationMetadataTest {

    @Test
    void everySettingIsDescribedWithItsDefault() throws Exception {
        String json;
        try (InputStream in = RetortProperties.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> names = JsonPath.read(json, "$.properties[?(@.sourceType == 'dev.retort.spring.RetortProperties')].name");
        assertEquals(List.of("spring.retort.baseline-on-migrate", "spring.retort.baseline-revision",
                "spring.retort.check-on-start", "spring.retort.ddl-lock-timeout", "spring.retort.enabled",
                "spring.retort.finish-interrupted", "spring.retort.lock-timeout", "spring.retort.migrations-package",
                "spring.retort.password", "spring.retort.target", "spring.retort.url", "spring.retort.user"), names);
        assertEquals(List.of(false), JsonPath.read(json,
                "$.properties[?(@.name == 'spring.retort.finish-interrupted')].defaultValue"));
        assertEquals(List.of("When an earlier start was interrupted in the middle of a migration (its history row still"
                + " upgrading or downgrading), run the rest of that migration instead of undoing what it did."),
                JsonPath.read(json, "$.properties[?(@.name == 'spring.retort.finish-interrupted')].description"));
    }
}
