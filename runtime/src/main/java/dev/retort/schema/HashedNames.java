package dev.retort.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An immutable map from names to values, in no order, whose changes share all but a path of nodes
 * with the map they came from: {@link OrderedNames} without the order, for the schema's indexes,
 * which the replay keeps a version of at every schema it passes through.
 */
final class HashedNames<V> {

    private static final HashedNames<?> EMPTY = new HashedNames<>(IntTrie.EMPTY, 0);

    private record Entry<V>(String name, V value) {}

    /** By hash code: the entry of the name with that hash, or a list of them when several collide. */
    private final IntTrie byHash;
    private final int size;

    private HashedNames(IntTrie byHash, int size) {
        this.byHash = byHash;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    static <V> HashedNames<V> empty() {
        return (HashedNames<V>) EMPTY;
    }

    V get(String name) {
        Entry<V> entry = entry(name);
        return entry == null ? null : entry.value();
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** This map with the name mapped to the value. */
    HashedNames<V> with(String name, V value) {
        if (value == null) {
            throw new NullPointerException("no null values: a name is either mapped or absent");
        }
        Entry<V> old = entry(name);
        if (old != null && old.value() == value) {
            return this;
        }
        return new HashedNames<>(withEntry(name, new Entry<>(name, value)), old == null ? size + 1 : size);
    }

    /** This map without the name (the same map when it has none). */
    HashedNames<V> without(String name) {
        return entry(name) == null ? this : new HashedNames<>(withEntry(name, null), size - 1);
    }

    /** Every name, in no particular order. */
    @SuppressWarnings("unchecked")
    void forEachName(Consumer<String> action) {
        byHash.forEach(found -> {
            if (found instanceof Entry<?> entry) {
                action.accept(entry.name());
            } else {
                ((List<Entry<V>>) found).forEach(entry -> action.accept(entry.name()));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private Entry<V> entry(String name) {
        Object found = byHash.get(name.hashCode());
        if (found instanceof Entry<?> entry) {
            return entry.name().equals(name) ? (Entry<V>) entry : null;
        }
        if (found instanceof List<?> collided) {
            for (Object o : collided) {
                if (((Entry<V>) o).name().equals(name)) {
                    return (Entry<V>) o;
                }
            }
        }
        return null;
    }

    /** The hash trie with the name's entry put in (or taken out when {@code entry} is null). */
    private IntTrie withEntry(String name, Entry<V> entry) {
        int hash = name.hashCode();
        Object found = byHash.get(hash);
        if (found == null || found instanceof Entry<?>) {
            // the common case: no other name of this hash
            Entry<?> other = (Entry<?>) found;
            if (other == null || other.name().equals(name)) {
                return byHash.with(hash, entry);
            }
        }
        List<Object> same = new ArrayList<>();
        if (found instanceof Entry<?> one) {
            same.add(one);
        } else if (found instanceof List<?> several) {
            same.addAll(several);
        }
        same.removeIf(o -> ((Entry<?>) o).name().equals(name));
        if (entry != null) {
            same.add(entry);
        }
        return byHash.with(hash, same.isEmpty() ? null : same.size() == 1 ? same.get(0) : List.copyOf(same));
    }
}
