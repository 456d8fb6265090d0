package dev.retort.schema;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable map from names to values in the order given, held in two arrays: a table's columns
 * and constraints. The replay keeps a table for every schema it passes through, and a copied
 * {@code LinkedHashMap} costs about five times the bytes; lookups scan the few names of one table.
 */
final class NameArray<V> extends AbstractMap<String, V> {

    private static final NameArray<?> EMPTY = new NameArray<>(new String[0], new Object[0]);

    private final String[] names;
    private final Object[] values;

    private NameArray(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    @SuppressWarnings("unchecked")
    static <V> NameArray<V> copyOf(Map<String, ? extends V> map) {
        if (map instanceof NameArray<?> already) {
            return (NameArray<V>) already;
        }
        if (map.isEmpty()) {
            return (NameArray<V>) EMPTY;
        }
        String[] names = new String[map.size()];
        Object[] values = new Object[names.length];
        int i = 0;
        for (Map.Entry<String, ? extends V> entry : map.entrySet()) {
            names[i] = entry.getKey();
            values[i] = entry.getValue();
            i++;
        }
        return new NameArray<>(names, values);
    }

    private int indexOf(Object key) {
        if (key instanceof String name) {
            int hash = name.hashCode();
            for (int i = 0; i < names.length; i++) {
                if (names[i].hashCode() == hash && names[i].equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** This map with the name mapped to the value: in its place when present, else at the end. */
    NameArray<V> with(String name, V value) {
        int at = indexOf(name);
        if (at >= 0) {
            Object[] changed = values.clone();
            changed[at] = value;
            return new NameArray<>(names, changed);
        }
        String[] moreNames = Arrays.copyOf(names, names.length + 1);
        Object[] moreValues = Arrays.copyOf(values, values.length + 1);
        moreNames[names.length] = name;
        moreValues[values.length] = value;
        return new NameArray<>(moreNames, moreValues);
    }

    /** This map without the name (the same map when it has none). */
    NameArray<V> without(Object name) {
        int at = indexOf(name);
        if (at < 0) {
            return this;
        }
        String[] fewerNames = new String[names.length - 1];
        Object[] fewerValues = new Object[values.length - 1];
        System.arraycopy(names, 0, fewerNames, 0, at);
        System.arraycopy(names, at + 1, fewerNames, at, fewerNames.length - at);
        System.arraycopy(values, 0, fewerValues, 0, at);
        System.arraycopy(values, at + 1, fewerValues, at, fewerValues.length - at);
        return new NameArray<>(fewerNames, fewerValues);
    }

    /** The value in this place of the order: for loops that must not allocate an iterator. */
    @SuppressWarnings("unchecked")
    V valueAt(int index) {
        return (V) values[index];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int at = indexOf(key);
        return at < 0 ? null : (V) values[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super String, ? super V> action) {
        for (int i = 0; i < names.length; i++) {
            action.accept(names[i], (V) values[i]);
        }
    }

    @Override
    public Set<String> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return Arrays.asList(names).iterator();
            }

            @Override
            public boolean contains(Object o) {
                return indexOf(o) >= 0;
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }

    @Override
    public Collection<V> values() {
        return new AbstractCollection<>() {
            @Override
            @SuppressWarnings("unchecked")
            public Iterator<V> iterator() {
                return (Iterator<V>) Arrays.asList(values).iterator();
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<String, V> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, V> entry = new SimpleImmutableEntry<>(names[next], (V) values[next]);
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }

    /** Maps of the same names to equal values are equal, in whatever order. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof NameArray<?> other) {
            if (other.names.length != names.length) {
                return false;
            }
            for (int i = 0; i < names.length; i++) {
                int at = other.indexOf(names[i]);
                if (at < 0 || !java.util.Objects.equals(values[i], other.values[at])) {
                    return false;
                }
            }
            return true;
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (int i = 0; i < names.length; i++) {
            hash += names[i].hashCode() ^ java.util.Objects.hashCode(values[i]);
        }
        return hash;
    }
}
