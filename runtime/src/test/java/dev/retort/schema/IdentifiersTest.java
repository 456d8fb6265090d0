package dev.retort.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written identifier checks accept exactly the names their documented patterns accept. */
class IdentifiersTest {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
    private static final Pattern QUALIFIED = Pattern.compile("([A-Za-z_][A-Za-z0-9_$]*\\.)?[A-Za-z_][A-Za-z0-9_$]*");

    @Test
    void acceptsWhatThePatternsAccept() {
        List<String> names = new ArrayList<>(List.of("a", "_", "A$", "a1", "1a", "$a", "a.b", "a.", ".a", "a..b",
                "a.b.c", "s.2a", "s$.t", "ä", "a b", "a-b", "a\tb", "x\u0660", "sales.orders", "Z_9$"));
        Random random = new Random(20261202);
        String alphabet = "aZ_9$. -ä\u0660";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            names.add(name.toString());
        }
        for (String name : names) {
            if (name.isBlank()) {
                continue;
            }
            assertEquals(PLAIN.matcher(name).matches(), accepts(() -> Identifiers.fold(name, "table")), name);
            assertEquals(QUALIFIED.matcher(name).matches(), accepts(() -> Identifiers.foldQualified(name, "table")), name);
        }
    }

    private static boolean accepts(Runnable fold) {
        try {
            fold.run();
            return true;
        } catch (SchemaMisfitException e) {
            return false;
        }
    }
}
