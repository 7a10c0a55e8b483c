package org.mallcrm.domain.stall;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.money.Decimals;

/**
 * Occupancy of one business type across the mall (业态出租率): its active stalls, how many are vacant, their
 * leasable area and the leased part of it. The leased share is rounded HALF_UP to basis points, the same rule as a
 * floor's ({@link FloorStats}).
 */
public record TradeOccupancy(BusinessType businessType, int stalls, int vacant, Area leasableArea, Area leasedArea,
        long leasedBasisPoints) {

    public TradeOccupancy {
        Objects.requireNonNull(businessType, "businessType");
        Objects.requireNonNull(leasableArea, "leasableArea");
        Objects.requireNonNull(leasedArea, "leasedArea");
    }

    /** One line per business type of the active stalls, largest leasable area first, then by name. */
    public static List<TradeOccupancy> of(Collection<Stall> stalls) {
        Map<BusinessType, long[]> per = new TreeMap<>();
        for (Stall s : stalls) {
            if (!s.isActive()) {
                continue;
            }
            long[] t = per.computeIfAbsent(s.businessType(), k -> new long[4]);
            t[0]++;
            if (s.status() == StallStatus.VACANT) {
                t[1]++;
            }
            t[2] = Math.addExact(t[2], s.leasableArea().hundredths());
            if (s.status() == StallStatus.LEASED) {
                t[3] = Math.addExact(t[3], s.leasableArea().hundredths());
            }
        }
        List<TradeOccupancy> rows = new ArrayList<>();
        per.forEach((type, t) -> rows.add(new TradeOccupancy(type, (int) t[0], (int) t[1], Area.ofHundredths(t[2]),
                Area.ofHundredths(t[3]), FloorStats.basisPoints(t[3], t[2]))));
        rows.sort(Comparator.comparing(TradeOccupancy::leasableArea).reversed()
                .thenComparing(TradeOccupancy::businessType));
        return rows;
    }

    /** The leased share as a percentage with two decimals, e.g. {@code "68.25"}. */
    public String leasedPercent() {
        return Decimals.format(leasedBasisPoints, 2);
    }
}
