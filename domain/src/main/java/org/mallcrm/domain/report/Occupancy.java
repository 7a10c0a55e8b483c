package org.mallcrm.domain.report;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;

/**
 * Occupancy by leasable area (出租率) on a day: of the active stalls' leasable area, how much is under a lease in
 * force that day (started on or before it, not ended before it). A stall whose lease starts later is signed
 * ({@code LEASED} on the plan) but not yet occupied: the dashboard and {@code reports mall} both count by this one
 * definition, so a past {@code --as-of} gives the occupancy of that day.
 *
 * @param stalls       active stalls (not split, not merged)
 * @param leasedStalls those a lease holds on the day
 * @param leasableArea their leasable area
 * @param leasedArea   the leasable area of the leased ones
 */
public record Occupancy(int stalls, int leasedStalls, Area leasableArea, Area leasedArea) {

    public static final Occupancy NONE = new Occupancy(0, 0, Area.ZERO, Area.ZERO);

    /**
     * The occupancy of these stalls (retired ones left out) when the stalls in {@code held} are under a lease in
     * force on the day.
     */
    public static Occupancy of(Collection<Stall> stalls, Set<StallNo> held) {
        int count = 0;
        int leased = 0;
        long total = 0;
        long leasedArea = 0;
        for (Stall s : stalls) {
            if (!s.isActive()) {
                continue;
            }
            count++;
            total = Math.addExact(total, s.leasableArea().hundredths());
            if (held.contains(s.no())) {
                leased++;
                leasedArea = Math.addExact(leasedArea, s.leasableArea().hundredths());
            }
        }
        return new Occupancy(count, leased, Area.ofHundredths(total), Area.ofHundredths(leasedArea));
    }

    /** Leased ÷ leasable area, percent with two decimals (HALF_UP); empty without stalls. */
    public Optional<String> percent() {
        return Share.percent(leasedArea.hundredths(), leasableArea.hundredths());
    }

    public Occupancy plus(Occupancy o) {
        return new Occupancy(stalls + o.stalls, leasedStalls + o.leasedStalls, leasableArea.plus(o.leasableArea),
                leasedArea.plus(o.leasedArea));
    }
}
