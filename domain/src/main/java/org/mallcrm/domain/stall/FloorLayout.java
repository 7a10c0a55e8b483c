package org.mallcrm.domain.stall;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mallcrm.domain.geometry.Polygon;

/**
 * The rule that active stalls on one floor never overlap. Finds overlapping pairs with a sweep over the
 * outlines' bounding boxes, so a floor of thousands of stalls is checked in about n log n.
 */
public final class FloorLayout {

    private FloorLayout() {
    }

    /** A pair of stalls whose outlines overlap. */
    public record Overlap(Stall first, Stall second) {
    }

    /**
     * Every overlapping pair among {@code stalls} (all on one floor) in which at least one stall satisfies
     * {@code mustInvolve} (pass {@code s -> true} for all pairs). Inactive stalls are ignored.
     */
    public static List<Overlap> overlaps(List<Stall> stalls, java.util.function.Predicate<Stall> mustInvolve) {
        return overlaps(stalls, mustInvolve, 0);
    }

    /**
     * Every pair as above whose outlines share more than {@code toleranceMm2} square millimetres (the mall's
     * {@code geometry.overlap_tolerance_mm2}; 0: any shared interior is an overlap).
     */
    public static List<Overlap> overlaps(List<Stall> stalls, java.util.function.Predicate<Stall> mustInvolve,
            long toleranceMm2) {
        List<Stall> active = new ArrayList<>();
        for (Stall s : stalls) {
            if (s.isActive()) {
                active.add(s);
            }
        }
        active.sort(Comparator.comparingLong(s -> s.outline().minX()));
        List<Overlap> found = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            Stall a = active.get(i);
            Polygon pa = a.outline();
            for (int j = i + 1; j < active.size(); j++) {
                Stall b = active.get(j);
                Polygon pb = b.outline();
                if (pb.minX() >= pa.maxX()) {
                    break;
                }
                if ((mustInvolve.test(a) || mustInvolve.test(b)) && pa.overlapsByMoreThan(pb, toleranceMm2)) {
                    found.add(new Overlap(a, b));
                }
            }
        }
        return found;
    }
}
