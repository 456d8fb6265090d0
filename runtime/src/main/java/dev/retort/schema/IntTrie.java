package dev.retort.schema;

import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A persistent map from {@code int} to a value: a hash array mapped trie of 32-way nodes that hold
 * only their present children (a bitmap says which), where a key alone in its subtree sits as a leaf
 * as high as it can. A change copies only the nodes on the path to its key. Iteration runs in
 * ascending order of non-negative keys.
 *
 * <p>The replay keeps every schema it passes through, so the nodes a change copies are what it keeps:
 * full 32-slot nodes on all seven levels cost a kilobyte per change, these a few hundred bytes.
 */
final class IntTrie {

    private static final int BITS = 5;
    private static final int TOP_SHIFT = 30;

    static final IntTrie EMPTY = new IntTrie(null);

    /** A key alone in its subtree, and its value. */
    private record Leaf(int key, Object value) {}

    /**
     * A node of at least two keys: {@code present} has a bit per chunk of the key at this level that
     * some key has; {@code children} holds, in the order of those bits, a {@link Leaf} or a Node.
     */
    private record Node(int present, Object[] children) {}

    /** Null, a {@link Leaf} or a {@link Node}; one shape per set of keys, so shared subtrees are equal. */
    private final Object root;

    private IntTrie(Object root) {
        this.root = root;
    }

    Object get(int key) {
        Object at = root;
        for (int shift = TOP_SHIFT; at instanceof Node node; shift -= BITS) {
            int bit = bit(key, shift);
            if ((node.present() & bit) == 0) {
                return null;
            }
            at = node.children()[index(node.present(), bit)];
        }
        return at instanceof Leaf leaf && leaf.key() == key ? leaf.value() : null;
    }

    /** This trie with the key mapped to the value, or without the key when the value is null. */
    IntTrie with(int key, Object value) {
        Object changed = with(root, key, value, TOP_SHIFT);
        return changed == root ? this : new IntTrie(changed);
    }

    private static Object with(Object at, int key, Object value, int shift) {
        if (at == null) {
            return value == null ? null : new Leaf(key, value);
        }
        if (at instanceof Leaf leaf) {
            if (leaf.key() == key) {
                return value == null ? null : leaf.value() == value ? leaf : new Leaf(key, value);
            }
            return value == null ? leaf : pair(leaf, new Leaf(key, value), shift);
        }
        Node node = (Node) at;
        int bit = bit(key, shift);
        int index = index(node.present(), bit);
        Object[] children = node.children();
        if ((node.present() & bit) == 0) {
            if (value == null) {
                return node;
            }
            Object[] more = new Object[children.length + 1];
            System.arraycopy(children, 0, more, 0, index);
            more[index] = new Leaf(key, value);
            System.arraycopy(children, index, more, index + 1, children.length - index);
            return new Node(node.present() | bit, more);
        }
        Object child = children[index];
        Object changed = with(child, key, value, shift - BITS);
        if (changed == child) {
            return node;
        }
        if (changed instanceof Leaf && children.length == 1) {
            return changed; // the key left alone below rises to a leaf
        }
        if (changed != null) {
            Object[] copy = children.clone();
            copy[index] = changed;
            return new Node(node.present(), copy);
        }
        if (children.length == 2 && children[1 - index] instanceof Leaf last) {
            return last; // a key left alone in this subtree rises to a leaf
        }
        Object[] fewer = new Object[children.length - 1];
        System.arraycopy(children, 0, fewer, 0, index);
        System.arraycopy(children, index + 1, fewer, index, fewer.length - index);
        return new Node(node.present() & ~bit, fewer);
    }

    /** The subtree at this level of two leaves of different keys. */
    private static Node pair(Leaf a, Leaf b, int shift) {
        int bitA = bit(a.key(), shift);
        int bitB = bit(b.key(), shift);
        if (bitA == bitB) {
            return new Node(bitA, new Object[] {pair(a, b, shift - BITS)});
        }
        return new Node(bitA | bitB, Integer.compareUnsigned(bitA, bitB) < 0 ? new Object[] {a, b} : new Object[] {b, a});
    }

    private static int bit(int key, int shift) {
        return 1 << ((key >>> shift) & ((1 << BITS) - 1));
    }

    private static int index(int present, int bit) {
        return Integer.bitCount(present & (bit - 1));
    }

    /**
     * Whether two tries hold equal values under the same keys, walking only where they differ: a node
     * the two share (a trie and one changed from it share all but a path) is equal without a look.
     */
    static boolean sameEntries(IntTrie a, IntTrie b, BiPredicate<Object, Object> sameValue) {
        return same(a.root, b.root, sameValue);
    }

    private static boolean same(Object a, Object b, BiPredicate<Object, Object> sameValue) {
        if (a == b) {
            return true;
        }
        if (a instanceof Leaf x && b instanceof Leaf y) {
            return x.key() == y.key() && sameValue.test(x.value(), y.value());
        }
        if (a instanceof Node x && b instanceof Node y) {
            if (x.present() != y.present()) {
                return false;
            }
            for (int i = 0; i < x.children().length; i++) {
                if (!same(x.children()[i], y.children()[i], sameValue)) {
                    return false;
                }
            }
            return true;
        }
        return false; // one shape per set of keys: a leaf and a node, or null, hold different keys
    }

    /** The first value, in the order of {@link #forEach}, that passes the test; null when none does. */
    Object first(Predicate<Object> test) {
        return first(root, test);
    }

    private static Object first(Object at, Predicate<Object> test) {
        if (at instanceof Leaf leaf) {
            return test.test(leaf.value()) ? leaf.value() : null;
        }
        if (at instanceof Node node) {
            for (Object child : node.children()) {
                Object found = first(child, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    void forEach(Consumer<Object> action) {
        forEach(root, action);
    }

    private static void forEach(Object at, Consumer<Object> action) {
        if (at instanceof Leaf leaf) {
            action.accept(leaf.value());
        } else if (at instanceof Node node) {
            for (Object child : node.children()) {
                forEach(child, action);
            }
        }
    }
}
