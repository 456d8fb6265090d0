package dev.retort.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameArrayTest {

    @Test
    void behavesAsALinkedHashMapUnderRandomChanges() {
        Random random = new Random(5);
        Map<String, Integer> expected = new LinkedHashMap<>();
        NameArray<Integer> actual = NameArray.copyOf(Map.of());
        for (int step = 0; step < 5_000; step++) {
            String name = random.nextBoolean() ? "c" + random.nextInt(30) : (random.nextBoolean() ? "Aa" : "BB");
            if (random.nextInt(3) == 0) {
                expected.remove(name);
                actual = actual.without(name);
            } else {
                int value = random.nextInt(4);
                expected.put(name, value);
                actual = actual.with(name, value);
            }
            assertEquals(List.copyOf(expected.entrySet()), List.copyOf(actual.entrySet()));
            assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
            assertEquals(List.copyOf(expected.values()), List.copyOf(actual.values()));
            assertEquals(expected.get(name), actual.get(name));
            assertEquals(expected.containsKey(name), actual.containsKey(name));
            assertEquals(expected, actual);
            assertEquals(actual, expected);
            assertEquals(expected.hashCode(), actual.hashCode());
            assertEquals(NameArray.copyOf(expected), actual);
        }
        assertThrows(UnsupportedOperationException.class, () -> NameArray.copyOf(expected).put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> {
            var names = NameArray.copyOf(expected).keySet().iterator();
            names.next();
            names.remove();
        });
    }

    @Test
    void equalityIgnoresOrder() {
        NameArray<Integer> ab = NameArray.<Integer>copyOf(Map.of()).with("a", 1).with("b", 2);
        NameArray<Integer> ba = NameArray.<Integer>copyOf(Map.of()).with("b", 2).with("a", 1);
        assertEquals(ab, ba);
        assertEquals(ab.hashCode(), ba.hashCode());
        assertSame(ab, ab.without("zz"));
        assertSame(ab, NameArray.copyOf(ab));
    }
}
