package dev.retort.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderedNamesTest {

    @Test
    void keepsTheOrderNamesWereFirstAddedIn() {
        OrderedNames<Integer> names = OrderedNames.<Integer>copyOf(Map.of()).with("c", 1).with("a", 2).with("b", 3)
                .with("a", 4);
        assertEquals(List.of("c", "a", "b"), List.copyOf(names.keySet()));
        assertEquals(List.of(1, 4, 3), List.copyOf(names.values()));
        assertEquals(List.of("c", "b", "a"), List.copyOf(names.without("a").with("a", 5).keySet()));
    }

    @Test
    void aRenamedNameKeepsItsPlace() {
        OrderedNames<Integer> names = OrderedNames.<Integer>copyOf(Map.of()).with("x", 1).with("y", 2).with("z", 3);
        OrderedNames<Integer> renamed = names.renamed("y", "w", 7);
        assertEquals(List.of("x", "w", "z"), List.copyOf(renamed.keySet()));
        assertNull(renamed.get("y"));
        assertEquals(7, renamed.get("w"));
        assertEquals(List.of("x", "y", "z"), List.copyOf(names.keySet()), "the original is unchanged");
        assertThrows(IllegalArgumentException.class, () -> names.renamed("nope", "w", 1));
    }

    @Test
    void namesWithTheSameHashCodeStayApart() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        OrderedNames<Integer> names = OrderedNames.<Integer>copyOf(Map.of()).with("Aa", 1).with("BB", 2);
        assertEquals(1, names.get("Aa"));
        assertEquals(2, names.get("BB"));
        OrderedNames<Integer> one = names.without("Aa");
        assertFalse(one.containsKey("Aa"));
        assertEquals(2, one.get("BB"));
        assertEquals(1, one.size());
    }

    @Test
    void behavesAsALinkedHashMapUnderRandomChanges() {
        Random random = new Random(42);
        Map<String, Integer> expected = new LinkedHashMap<>();
        OrderedNames<Integer> actual = OrderedNames.copyOf(Map.of());
        for (int step = 0; step < 20_000; step++) {
            String name = "n" + random.nextInt(300);
            if (random.nextInt(3) == 0) {
                expected.remove(name);
                actual = actual.without(name);
            } else {
                int value = random.nextInt();
                expected.put(name, value);
                actual = actual.with(name, value);
            }
            if (step % 1000 == 0) {
                assertEquals(List.copyOf(expected.entrySet()), List.copyOf(actual.entrySet()));
            }
        }
        assertEquals(expected, actual);
        assertEquals(actual, expected);
        assertEquals(expected.hashCode(), actual.hashCode());
        assertTrue(actual.size() > 0);
        assertThrows(UnsupportedOperationException.class, () -> OrderedNames.copyOf(expected).put("x", 1));
    }

    @Test
    void mapsMadeOneFromTheOtherAreEqualExactlyWhenTheirEntriesAre() {
        Random random = new Random(7);
        OrderedNames<Integer> base = OrderedNames.copyOf(Map.of());
        for (int i = 0; i < 500; i++) {
            base = base.with("t" + i, i);
        }
        for (int trial = 0; trial < 200; trial++) {
            String name = "t" + random.nextInt(500);
            OrderedNames<Integer> changed = base.with(name, -1);
            Map<String, Integer> plain = new LinkedHashMap<>(changed);
            assertEquals(plain.equals(base), changed.equals(base));
            assertTrue(!changed.equals(base));
            OrderedNames<Integer> back = changed.with(name, base.get(name));
            assertEquals(base, back, "the value put back makes an equal map");
            assertEquals(back, base);
            assertEquals(base.hashCode(), back.hashCode());
            OrderedNames<Integer> dropped = base.without(name).with(name, base.get(name));
            assertEquals(base, dropped, "dropped and added back, in another place: still equal");
            assertTrue(!base.without(name).equals(base));
        }
        OrderedNames<Integer> colliding = OrderedNames.<Integer>copyOf(Map.of()).with("Aa", 1).with("BB", 2);
        OrderedNames<Integer> otherOrder = OrderedNames.<Integer>copyOf(Map.of()).with("BB", 2).with("Aa", 1);
        assertEquals(colliding, otherOrder, "names of one hash code, added in another order");
        assertTrue(!colliding.equals(otherOrder.with("BB", 3)));
    }
}
