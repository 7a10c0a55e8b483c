package org.mallcrm.domain.report;

import java.util.Optional;
import org.mallcrm.domain.geometry.Area;

/**
 * Occupancy by leasable area (出租率) on a day: of the active stalls' leasable area, how much a lease holds that day.
 *
 * @param stalls       active stalls (not split, not merged)
 * @param leasedStalls those a lease holds on the day
 * @param leasableArea their leasable area
 * @param leasedArea   the leasable area of the leased ones
 */
public record Occupancy(int stalls, int leasedStalls, Area leasableArea, Area leasedArea) {

    public static final Occupancy NONE = new Occupancy(0, 0, Area.ZERO, Area.ZERO);

    /** Leased ÷ leasable area, percent with two decimals (HALF_UP); empty without stalls. */
    public Optional<String> percent() {
        return Share.percent(leasedArea.hundredths(), leasableArea.hundredths());
    }

    public Occupancy plus(Occupancy o) {
        return new Occupancy(stalls + o.stalls, leasedStalls + o.leasedStalls, leasableArea.plus(o.leasableArea),
                leasedArea.plus(o.leasedArea));
    }
}
