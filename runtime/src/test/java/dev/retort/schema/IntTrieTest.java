package dev.retort.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class IntTrieTest {

    @Test
    void behavesAsATreeMapUnderRandomChanges() {
        Random random = new Random(11);
        for (int bound : new int[] {40, 2_000, Integer.MAX_VALUE}) {
            TreeMap<Integer, Integer> expected = new TreeMap<>();
            IntTrie actual = IntTrie.EMPTY;
            for (int step = 0; step < 20_000; step++) {
                int key = bound == Integer.MAX_VALUE ? random.nextInt() : random.nextInt(bound);
                if (random.nextInt(3) == 0) {
                    expected.remove(key);
                    actual = actual.with(key, null);
                } else {
                    int value = random.nextInt(5);
                    expected.put(key, value);
                    actual = actual.with(key, value);
                }
                int probe = bound == Integer.MAX_VALUE ? key ^ random.nextInt(64) : random.nextInt(bound);
                assertEquals(expected.get(probe), actual.get(probe));
                assertEquals(expected.get(key), actual.get(key));
            }
            for (int key : expected.keySet()) {
                assertEquals(expected.get(key), actual.get(key));
            }
            if (bound != Integer.MAX_VALUE) {
                List<Object> inOrder = new ArrayList<>();
                actual.forEach(inOrder::add);
                assertEquals(List.copyOf(expected.values()), inOrder, "ascending order of the keys");
            }
        }
    }

    @Test
    void triesOfTheSameEntriesAreTheSameWhateverTheirHistory() {
        Random random = new Random(3);
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            keys.add(random.nextBoolean() ? random.nextInt() : random.nextInt(5_000));
        }
        IntTrie forward = IntTrie.EMPTY;
        for (int key : keys) {
            forward = forward.with(key, key);
        }
        IntTrie backward = IntTrie.EMPTY;
        for (int i = keys.size() - 1; i >= 0; i--) {
            backward = backward.with(keys.get(i), keys.get(i));
        }
        IntTrie detour = backward.with(-1, "x").with(123_456_789, "y").with(-1, null).with(123_456_789, null);
        assertTrue(IntTrie.sameEntries(forward, backward, Objects::equals));
        assertTrue(IntTrie.sameEntries(forward, detour, Objects::equals));
        assertFalse(IntTrie.sameEntries(forward, forward.with(keys.get(7), "other"), Objects::equals));
        assertFalse(IntTrie.sameEntries(forward, forward.with(keys.get(7), null), Objects::equals));
        IntTrie emptied = forward;
        for (int key : keys) {
            emptied = emptied.with(key, null);
        }
        assertTrue(IntTrie.sameEntries(IntTrie.EMPTY, emptied, Objects::equals));
        assertNull(emptied.get(keys.get(0)));
    }

    @Test
    void aChangeThatChangesNothingGivesTheSameTrie() {
        Integer value = 1;
        IntTrie trie = IntTrie.EMPTY.with(5, value).with(37, 2);
        assertSame(trie, trie.with(5, value));
        assertSame(trie, trie.with(6, null));
        assertSame(trie, trie.with(-6, null));
    }
}
