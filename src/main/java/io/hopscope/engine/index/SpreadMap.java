package io.hopscope.engine.index;

import java.util.function.Function;

/**
 * A lookup table for the trace's hot paths, keyed by addresses and resource ids. An IpAddress's
 * hash is its address plus a constant, and HashMap folds the high half onto the low bits it indexes
 * by (h ^ h >>> 16): for 10.v.s.h the VPC octet lands on the host octet, so a security group's
 * member addresses fell into a handful of bins that grew into trees, and membership tests walked
 * them. Here the hash is fully mixed (murmur3's finaliser) before it picks a slot, and collisions
 * probe linearly in one flat array. Built once, then only read.
 */
final class SpreadMap<K, V> {
    private Object[] keys;
    private Object[] values;
    private int size;

    SpreadMap() {
        this(8);
    }

    /** Sized for {@code expected} keys, so that building it for a whole account does not rehash. */
    SpreadMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
        keys = new Object[capacity];
        values = new Object[capacity];
    }

    private static int slot(Object key, int mask) {
        int h = key.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & mask;
    }

    @SuppressWarnings("unchecked")
    V get(Object key) {
        if (key == null) {
            return null;
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            Object k = keys[i];
            if (k == null) {
                return null;
            }
            if (k.equals(key)) {
                return (V) values[i];
            }
        }
    }

    V getOrDefault(Object key, V fallback) {
        V v = get(key);
        return v == null ? fallback : v;
    }

    /** Keeps the first value for a key, as {@link java.util.Map#putIfAbsent} does. */
    void putIfAbsent(K key, V value) {
        if (get(key) == null) {
            put(key, value);
        }
    }

    V computeIfAbsent(K key, Function<? super K, ? extends V> make) {
        V v = get(key);
        if (v == null) {
            v = make.apply(key);
            put(key, v);
        }
        return v;
    }

    void put(K key, V value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == null) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
            if (keys[i].equals(key)) {
                values[i] = value;
                return;
            }
        }
    }

    private void grow() {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new Object[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                reinsert(oldKeys[i], oldValues[i]);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void reinsert(Object key, Object value) {
        put((K) key, (V) value);
    }

    int size() {
        return size;
    }
}
