package dev.retort.schema;

import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * A persistent map from {@code int} to a value: a trie of 32-way nodes, seven levels deep, where a
 * change copies only the nodes on the path to its key. Iteration runs in ascending order of
 * non-negative keys.
 */
final class IntTrie {

    private static final int BITS = 5;
    private static final int WIDTH = 1 << BITS;
    private static final int TOP_SHIFT = 30;

    static final IntTrie EMPTY = new IntTrie(null);

    private final Object[] root;

    private IntTrie(Object[] root) {
        this.root = root;
    }

    Object get(int key) {
        Object[] node = root;
        for (int shift = TOP_SHIFT; node != null; shift -= BITS) {
            Object slot = node[(key >>> shift) & (WIDTH - 1)];
            if (shift == 0) {
                return slot;
            }
            node = (Object[]) slot;
        }
        return null;
    }

    /** This trie with the key mapped to the value, or without the key when the value is null. */
    IntTrie with(int key, Object value) {
        Object[] changed = with(root, key, value, TOP_SHIFT);
        return changed == root ? this : new IntTrie(changed);
    }

    private static Object[] with(Object[] node, int key, Object value, int shift) {
        int slot = (key >>> shift) & (WIDTH - 1);
        Object child;
        if (shift == 0) {
            child = value;
        } else {
            Object[] below = node == null ? null : (Object[]) node[slot];
            child = with(below, key, value, shift - BITS);
        }
        if (node == null && child == null) {
            return null;
        }
        Object[] copy = node == null ? new Object[WIDTH] : node.clone();
        copy[slot] = child;
        for (Object o : copy) {
            if (o != null) {
                return copy;
            }
        }
        return null;
    }

    /**
     * Whether two tries hold equal values under the same keys, walking only where they differ: a node
     * the two share (a trie and one changed from it share all but a path) is equal without a look.
     */
    static boolean sameEntries(IntTrie a, IntTrie b, BiPredicate<Object, Object> sameValue) {
        return same(a.root, b.root, TOP_SHIFT, sameValue);
    }

    private static boolean same(Object[] a, Object[] b, int shift, BiPredicate<Object, Object> sameValue) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        for (int i = 0; i < WIDTH; i++) {
            Object x = a[i];
            Object y = b[i];
            if (x == y) {
                continue;
            }
            if (x == null || y == null) {
                return false;
            }
            if (shift == 0 ? !sameValue.test(x, y) : !same((Object[]) x, (Object[]) y, shift - BITS, sameValue)) {
                return false;
            }
        }
        return true;
    }

    void forEach(Consumer<Object> action) {
        forEach(root, TOP_SHIFT, action);
    }

    private static void forEach(Object[] node, int shift, Consumer<Object> action) {
        if (node == null) {
            return;
        }
        for (Object slot : node) {
            if (slot == null) {
                continue;
            }
            if (shift == 0) {
                action.accept(slot);
            } else {
                forEach((Object[]) slot, shift - BITS, action);
            }
        }
    }
}
