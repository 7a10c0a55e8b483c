package org.mallcrm.application.common.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadThroughTest {

    private final Map<String, Integer> store = new HashMap<>(Map.of("a", 1, "b", 2, "c", 3));
    private final List<List<String>> asked = new ArrayList<>();
    private final ReadThrough<String, Integer> reads = new ReadThrough<>(this::load);

    private Map<String, Integer> load(Collection<String> keys) {
        asked.add(List.copyOf(keys));
        Map<String, Integer> found = new HashMap<>();
        keys.forEach(k -> {
            if (store.containsKey(k)) {
                found.put(k, store.get(k));
            }
        });
        return found;
    }

    @Test
    void reads_only_keys_it_does_not_know_and_keeps_the_callers_order() {
        assertThat(reads.getAll(List.of("b", "a", "b"))).containsExactly(Map.entry("b", 2), Map.entry("a", 1));
        assertThat(reads.getAll(List.of("c", "a"))).containsExactly(Map.entry("c", 3), Map.entry("a", 1));
        assertThat(asked).containsExactly(List.of("b", "a"), List.of("c"));
    }

    @Test
    void knows_absence_until_something_is_written_under_the_key() {
        assertThat(reads.get("x")).isNull();
        assertThat(reads.get("x")).isNull();
        assertThat(asked).containsExactly(List.of("x"));
        reads.put("x", 9);
        assertThat(reads.get("x")).isEqualTo(9);
        assertThat(asked).hasSize(1);
    }

    @Test
    void a_write_replaces_what_was_read() {
        assertThat(reads.get("a")).isEqualTo(1);
        reads.put("a", 10);
        assertThat(reads.getAll(List.of("a", "b"))).containsExactly(Map.entry("a", 10), Map.entry("b", 2));
    }
}
