package dev.retort.schema;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable map from names to values, in the order the names were first added, whose changes
 * share all but a few nodes with the map they came from. Replaying thousands of migrations changes a
 * schema of hundreds of tables thousands of times; copying every table at each step made the replay
 * quadratic.
 */
final class OrderedNames<V> extends AbstractMap<String, V> {

    private static final OrderedNames<?> EMPTY = new OrderedNames<>(IntTrie.EMPTY, IntTrie.EMPTY, 0, 0);

    /** A name's place in the order, and its value. */
    private record Slot<V>(String name, int position, V value) implements Map.Entry<String, V> {
        @Override
        public String getKey() {
            return name;
        }

        @Override
        public V getValue() {
            return value;
        }

        @Override
        public V setValue(V value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && name.equals(e.getKey()) && value.equals(e.getValue());
        }

        @Override
        public int hashCode() {
            return name.hashCode() ^ value.hashCode();
        }
    }

    /** By hash code: the slots of the names with that hash (a list when several collide). */
    private final IntTrie byHash;
    /** By position: the slot. */
    private final IntTrie byPosition;
    private final int size;
    private final int nextPosition;

    private OrderedNames(IntTrie byHash, IntTrie byPosition, int size, int nextPosition) {
        this.byHash = byHash;
        this.byPosition = byPosition;
        this.size = size;
        this.nextPosition = nextPosition;
    }

    @SuppressWarnings("unchecked")
    static <V> OrderedNames<V> copyOf(Map<String, ? extends V> map) {
        if (map instanceof OrderedNames<?> already) {
            return (OrderedNames<V>) already;
        }
        OrderedNames<V> copy = (OrderedNames<V>) EMPTY;
        for (Map.Entry<String, ? extends V> entry : map.entrySet()) {
            copy = copy.with(entry.getKey(), entry.getValue());
        }
        return copy;
    }

    @Override
    public V get(Object key) {
        Slot<V> slot = key instanceof String name ? slot(name) : null;
        return slot == null ? null : slot.value();
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && slot(name) != null;
    }

    @Override
    public int size() {
        return size;
    }

    /** This map with the name mapped to the value; a name already present keeps its place. */
    OrderedNames<V> with(String name, V value) {
        if (name == null || value == null) {
            throw new NullPointerException("a schema's names and values are never null");
        }
        Slot<V> old = slot(name);
        int position = old == null ? nextPosition : old.position();
        Slot<V> slot = new Slot<>(name, position, value);
        return new OrderedNames<>(withSlot(name, slot), byPosition.with(position, slot),
                old == null ? size + 1 : size, old == null ? nextPosition + 1 : nextPosition);
    }

    /** This map without the name (the same map when it has none). */
    OrderedNames<V> without(String name) {
        Slot<V> old = slot(name);
        if (old == null) {
            return this;
        }
        return new OrderedNames<>(withSlot(name, null), byPosition.with(old.position(), null), size - 1,
                nextPosition);
    }

    /** This map with a name replaced by another, in its place, mapped to the value. */
    OrderedNames<V> renamed(String from, String to, V value) {
        Slot<V> old = slot(from);
        if (old == null) {
            throw new IllegalArgumentException("there is no " + from);
        }
        OrderedNames<V> without = without(from);
        Slot<V> slot = new Slot<>(to, old.position(), value);
        return new OrderedNames<>(without.withSlot(to, slot), without.byPosition.with(old.position(), slot),
                size, nextPosition);
    }

    /** The name's place in the order, smaller for a name added earlier; -1 when the map has none. */
    int position(String name) {
        Slot<V> slot = slot(name);
        return slot == null ? -1 : slot.position();
    }

    @SuppressWarnings("unchecked")
    private Slot<V> slot(String name) {
        Object found = byHash.get(name.hashCode());
        if (found instanceof Slot<?> slot) {
            return slot.name().equals(name) ? (Slot<V>) slot : null;
        }
        if (found instanceof List<?> collided) {
            for (Object o : collided) {
                if (((Slot<V>) o).name().equals(name)) {
                    return (Slot<V>) o;
                }
            }
        }
        return null;
    }

    /** The hash trie with the name's slot put in (or taken out when {@code slot} is null). */
    private IntTrie withSlot(String name, Slot<V> slot) {
        int hash = name.hashCode();
        Object found = byHash.get(hash);
        List<Object> same = new ArrayList<>();
        if (found instanceof Slot<?> one) {
            same.add(one);
        } else if (found instanceof List<?> several) {
            same.addAll(several);
        }
        same.removeIf(o -> ((Slot<?>) o).name().equals(name));
        if (slot != null) {
            same.add(slot);
        }
        return byHash.with(hash, same.isEmpty() ? null : same.size() == 1 ? same.get(0) : List.copyOf(same));
    }

    /**
     * Maps of the same names to equal values are equal, in whatever order; two maps one made from the
     * other are compared only where they differ (the replay compares schemas of thousands of tables).
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof OrderedNames<?> other) {
            return size == other.size && IntTrie.sameEntries(byHash, other.byHash, OrderedNames::sameSlots);
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    /** The slots of one hash: one slot, or a list of the colliding ones, compared by name and value. */
    private static boolean sameSlots(Object a, Object b) {
        if (a instanceof Slot<?> x && b instanceof Slot<?> y) {
            return x.name().equals(y.name()) && x.value().equals(y.value());
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return x.size() == y.size() && x.stream().allMatch(s -> y.stream().anyMatch(t -> sameSlots(s, t)));
        }
        return false;
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            @SuppressWarnings("unchecked")
            public Iterator<Map.Entry<String, V>> iterator() {
                List<Map.Entry<String, V>> inOrder = new ArrayList<>(size);
                byPosition.forEach(slot -> inOrder.add((Slot<V>) slot));
                return java.util.Collections.unmodifiableList(inOrder).iterator();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
