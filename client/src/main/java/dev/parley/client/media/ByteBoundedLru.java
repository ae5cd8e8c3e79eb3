package dev.parley.client.media;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A least-recently-used map bounded by the total weight (bytes) of its values, not by their count:
 * the memory cache of decoded thumbnails and avatars, where one entry may weigh 4 KB or 300 KB.
 * Thread-safe (decoding happens on background threads, reads on the UI thread).
 *
 * <p>Hand-written rather than Caffeine because the cache must be strictly LRU and evict
 * synchronously: Caffeine's size-based policy may refuse a newcomer instead of dropping the
 * oldest entry, which is wrong for a list the user scrolls through, and it evicts on another
 * thread, which makes "memory stays flat" depend on timing.
 */
final class ByteBoundedLru<K, V> {
    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    private final LinkedHashMap<K, Entry<V>> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;

    ByteBoundedLru(long maxWeight, ToLongFunction<V> weigher) {
        if (maxWeight <= 0) {
            throw new IllegalArgumentException("maxWeight must be > 0, was " + maxWeight);
        }
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    synchronized V get(K key) {
        Entry<V> e = entries.get(key);
        return e == null ? null : e.value;
    }

    /** Adds or replaces {@code key}, then drops the least recently used entries above the bound. */
    synchronized void put(K key, V value) {
        long w = Math.max(0, weigher.applyAsLong(value));
        if (w > maxWeight) {
            // it would push out everything else and still not fit
            remove(key);
            return;
        }
        Entry<V> old = entries.put(key, new Entry<>(value, w));
        if (old != null) {
            weight -= old.weight;
        }
        weight += w;
        Iterator<Map.Entry<K, Entry<V>>> eldest = entries.entrySet().iterator();
        while (weight > maxWeight && eldest.hasNext()) {
            Map.Entry<K, Entry<V>> e = eldest.next();
            weight -= e.getValue().weight;
            eldest.remove();
        }
    }

    synchronized void remove(K key) {
        Entry<V> old = entries.remove(key);
        if (old != null) {
            weight -= old.weight;
        }
    }

    synchronized long weight() {
        return weight;
    }

    synchronized int size() {
        return entries.size();
    }

    private record Entry<V>(V value, long weight) {
    }
}
