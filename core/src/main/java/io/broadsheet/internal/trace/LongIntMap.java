package io.broadsheet.internal.trace;

import java.util.Arrays;

/**
 * An open-addressing map from {@code long} keys to dense {@code int} slots 0, 1, 2..., assigned in insertion
 * order. It spares the shingle index a boxed {@code Long} and a map entry for each of its hundreds of thousands
 * of word pairs. Reads are thread-safe once writing has finished.
 */
final class LongIntMap {

    private static final int EMPTY = -1;

    private long[] keys;
    private int[] slots;
    private int size;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        slots = new int[capacity];
        Arrays.fill(slots, EMPTY);
    }

    /** @return the key's slot, assigning the next one if the key is new */
    int slotOf(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (slots[i] != EMPTY) {
            if (keys[i] == key) {
                return slots[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        slots[i] = size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    /** @return the key's slot, or -1 when it is absent */
    int find(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (slots[i] != EMPTY) {
            if (keys[i] == key) {
                return slots[i];
            }
            i = (i + 1) & mask;
        }
        return EMPTY;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldSlots.length * 2];
        Arrays.fill(slots, EMPTY);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldSlots[j] != EMPTY) {
                int i = mix(oldKeys[j]) & mask;
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }

    /** The finaliser of MurmurHash3: spreads pair keys, whose halves are small ids, over the whole table. */
    private static int mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }
}
