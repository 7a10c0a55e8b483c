package org.mallcrm.application.common.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What one unit of work has read of a store, by key, kept in step with what it writes: a bulk use case (an import of
 * a thousand leases) asks for the same stalls and merchants over and over, and reads each once. Absence is known too
 * (a key asked for and not stored is not asked again until {@link #put}). Lives no longer than the unit of work that
 * made it, on one thread: nothing another transaction or process writes can be missed by a later unit of work.
 */
public final class ReadThrough<K, V> {

    private final Function<Collection<K>, Map<K, V>> loader;
    private final Map<K, V> known = new HashMap<>();
    private final java.util.Set<K> absent = new java.util.HashSet<>();

    /** @param loader reads the stored values of these keys in one go; keys not stored are left out */
    public ReadThrough(Function<Collection<K>, Map<K, V>> loader) {
        this.loader = loader;
    }

    /** The stored values of these keys in their order (keys not stored are left out), reading only unknown ones. */
    public Map<K, V> getAll(Collection<K> keys) {
        java.util.Set<K> missing = new java.util.LinkedHashSet<>();
        for (K k : keys) {
            if (!known.containsKey(k) && !absent.contains(k)) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            Map<K, V> loaded = loader.apply(missing);
            for (K k : missing) {
                V v = loaded.get(k);
                if (v == null) {
                    absent.add(k);
                } else {
                    known.put(k, v);
                }
            }
        }
        Map<K, V> found = new LinkedHashMap<>();
        for (K k : keys) {
            V v = known.get(k);
            if (v != null) {
                found.put(k, v);
            }
        }
        return found;
    }

    /** The stored value of this key, or null. */
    public V get(K key) {
        return getAll(List.of(key)).get(key);
    }

    /** What the unit of work has just written under this key. */
    public void put(K key, V value) {
        absent.remove(key);
        known.put(key, value);
    }
}
