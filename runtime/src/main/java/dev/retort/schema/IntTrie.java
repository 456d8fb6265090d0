package dev.retort.schema;

import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * A persistent map from {@code int} to a value: a hash array mapped trie of 32-way nodes that hold
 * only their present children (a bitmap says which), where a key alone in its subtree is a leaf and
 * a node sits at the level of the highest bit where its keys differ, so no node has a single child.
 * A change copies only the nodes on the path to its key. Iteration runs in ascending order of
 * non-negative keys.
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
     * A node of at least two keys that share the bits above {@code shift + BITS} ({@code prefix}, the
     * rest zero) and differ in the chunk at {@code shift}: {@code present} has a bit per chunk some key
     * has; {@code children} holds, in the order of those bits, a {@link Leaf} or a deeper Node.
     */
    private record Node(int shift, int prefix, int present, Object[] children) {}

    /** Null, a {@link Leaf} or a {@link Node}; one shape per set of keys, so shared subtrees are equal. */
    private final Object root;

    private IntTrie(Object root) {
        this.root = root;
    }

    Object get(int key) {
        Object at = root;
        while (at instanceof Node node) {
            int bit = bit(key, node.shift());
            if ((node.present() & bit) == 0) {
                return null;
            }
            at = node.children()[index(node.present(), bit)];
        }
        return at instanceof Leaf leaf && leaf.key() == key ? leaf.value() : null;
    }

    /** This trie with the key mapped to the value, or without the key when the value is null. */
    IntTrie with(int key, Object value) {
        Object changed = with(root, key, value);
        return changed == root ? this : new IntTrie(changed);
    }

    private static Object with(Object at, int key, Object value) {
        if (at == null) {
            return value == null ? null : new Leaf(key, value);
        }
        if (at instanceof Leaf leaf) {
            if (leaf.key() == key) {
                return value == null ? null : leaf.value() == value ? leaf : new Leaf(key, value);
            }
            return value == null ? leaf : pair(leaf, leaf.key(), new Leaf(key, value), key);
        }
        Node node = (Node) at;
        if (prefix(key, node.shift()) != node.prefix()) {
            return value == null ? node : pair(node, node.prefix(), new Leaf(key, value), key);
        }
        int bit = bit(key, node.shift());
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
            return new Node(node.shift(), node.prefix(), node.present() | bit, more);
        }
        Object child = children[index];
        Object changed = with(child, key, value);
        if (changed == child) {
            return node;
        }
        if (changed != null) {
            Object[] copy = children.clone();
            copy[index] = changed;
            return new Node(node.shift(), node.prefix(), node.present(), copy);
        }
        if (children.length == 2) {
            return children[1 - index]; // the other subtree alone takes this node's place
        }
        Object[] fewer = new Object[children.length - 1];
        System.arraycopy(children, 0, fewer, 0, index);
        System.arraycopy(children, index + 1, fewer, index, fewer.length - index);
        return new Node(node.shift(), node.prefix(), node.present() & ~bit, fewer);
    }

    /**
     * The node of two subtrees that share no key: {@code keyA} is a key of (or, for a node, the prefix
     * of) the first, {@code keyB} of the second; the node sits where the two first differ.
     */
    private static Node pair(Object a, int keyA, Object b, int keyB) {
        int highest = 31 - Integer.numberOfLeadingZeros(keyA ^ keyB);
        int shift = Math.min(highest / BITS * BITS, TOP_SHIFT);
        int bitA = bit(keyA, shift);
        int bitB = bit(keyB, shift);
        return new Node(shift, prefix(keyA, shift), bitA | bitB,
                Integer.compareUnsigned(bitA, bitB) < 0 ? new Object[] {a, b} : new Object[] {b, a});
    }

    /** The bits of the key above the chunk at this level. */
    private static int prefix(int key, int shift) {
        return shift + BITS >= Integer.SIZE ? 0 : key & (-1 << (shift + BITS));
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
            if (x.shift() != y.shift() || x.prefix() != y.prefix() || x.present() != y.present()) {
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
