package org.mallcrm.domain.stall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZonesTest {

    @Test
    void zones_sort_naturally_numbers_by_value() {
        List<String> zones = new ArrayList<>(List.of("D", "A10", "C", "A", "B", "A2", "区10", "区2", "A02"));
        zones.sort(Zones.ORDER);
        assertThat(zones).containsExactly("A", "A02", "A2", "A10", "B", "C", "D", "区2", "区10");
    }
}
