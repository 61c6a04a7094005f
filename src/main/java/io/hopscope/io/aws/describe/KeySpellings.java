package io.hopscope.io.aws.describe;

/**
 * A small fixed table from the usual spellings of a record's keys to component indexes, filled
 * before any reader sees it. Jackson hands out field names interned, so a key is found by
 * identity first; an equal string from elsewhere is found too.
 */
final class KeySpellings {
    static final int ABSENT = Integer.MIN_VALUE;
    private final String[] keys;
    private final int[] indexes;

    KeySpellings(int entries) {
        int size = Integer.highestOneBit(Math.max(entries, 1) * 4 - 1) << 1;
        keys = new String[size];
        indexes = new int[size];
    }

    void put(String key, int index) {
        String interned = key.intern();
        int mask = keys.length - 1;
        for (int at = spread(interned.hashCode()) & mask; ; at = (at + 1) & mask) {
            if (keys[at] == null) {
                keys[at] = interned;
                indexes[at] = index;
                return;
            }
            if (keys[at].equals(interned)) {
                return;
            }
        }
    }

    int get(String key) {
        int mask = keys.length - 1;
        for (int at = spread(key.hashCode()) & mask; ; at = (at + 1) & mask) {
            String k = keys[at];
            if (k == null) {
                return ABSENT;
            }
            if (k == key || k.equals(key)) {
                return indexes[at];
            }
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
