package org.mallcrm.adapters.http.floor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mallcrm.domain.stall.FloorStats;
import org.mallcrm.domain.stall.StallStatus;

/**
 * A floor's figures: active stalls, how many in each status, leasable and leased area (m², strings with two
 * decimals), the leased share of the area and each business type's share of it (percent, strings with two
 * decimals; the types' shares add up to exactly 100.00).
 */
public record FloorStatsJson(String floor, int stalls, Map<String, Integer> byStatus, String leasableAreaM2,
        String leasedAreaM2, String leasedAreaPct, List<TypeJson> businessTypes) {

    /** One business type's part of the floor. */
    public record TypeJson(String businessType, int stalls, String leasableAreaM2, String sharePct) {
    }

    public static FloorStatsJson of(FloorStats s) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (StallStatus st : StallStatus.values()) {
            if (st.isActive()) {
                byStatus.put(st.name(), s.count(st));
            }
        }
        return new FloorStatsJson(s.floor(), s.stalls(), byStatus, s.leasableArea().toString(),
                s.leasedArea().toString(), s.leasedPercent(), s.businessTypes().stream()
                        .map(t -> new TypeJson(t.businessType().name(), t.stalls(), t.leasableArea().toString(),
                                t.percent()))
                        .toList());
    }
}
