package dev.parley.client.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteBoundedLruTest {
    private final ByteBoundedLru<String, byte[]> lru = new ByteBoundedLru<>(100, b -> b.length);

    @Test
    void put_evictsLeastRecentlyUsedUntilTheWeightFits() {
        lru.put("a", new byte[40]);
        lru.put("b", new byte[40]);
        lru.get("a");
        lru.put("c", new byte[40]);

        assertThat(lru.get("b")).as("least recently used").isNull();
        assertThat(lru.get("a")).isNotNull();
        assertThat(lru.get("c")).isNotNull();
        assertThat(lru.weight()).isEqualTo(80);
    }

    @Test
    void put_ofTheSameKey_replacesItsWeight() {
        lru.put("a", new byte[60]);
        lru.put("a", new byte[10]);

        assertThat(lru.weight()).isEqualTo(10);
        assertThat(lru.size()).isEqualTo(1);
    }

    @Test
    void put_ofAValueHeavierThanTheBound_keepsTheOthers() {
        lru.put("a", new byte[50]);
        lru.put("huge", new byte[101]);

        assertThat(lru.get("huge")).isNull();
        assertThat(lru.get("a")).isNotNull();
    }

    @Test
    void manyPuts_neverExceedTheBound() {
        for (int i = 0; i < 1000; i++) {
            lru.put("k" + i, new byte[7 + i % 30]);
            assertThat(lru.weight()).isLessThanOrEqualTo(100);
        }
    }
}
