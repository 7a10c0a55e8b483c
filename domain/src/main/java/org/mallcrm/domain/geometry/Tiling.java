package org.mallcrm.domain.geometry;

import java.util.List;

/**
 * Whether parts tile a parent outline exactly — what a stall split requires of its children: each part lies
 * within the parent, no two parts overlap, and together they cover it (their areas add up to the parent's,
 * so their union is the parent). Exact.
 */
public final class Tiling {

    private Tiling() {
    }

    /**
     * Checks the parts against the parent. Reports the first problem found, in this order: a part outside the
     * parent, two parts overlapping, a gap.
     */
    public static TilingResult check(Polygon parent, List<Polygon> parts) {
        if (parts.isEmpty()) {
            return new TilingResult.Gap(parent.doubledAreaMm2());
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).isWithin(parent)) {
                return new TilingResult.OutsideParent(i);
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                if (parts.get(i).overlaps(parts.get(j))) {
                    return new TilingResult.Overlap(i, j);
                }
            }
        }
        long sum = 0;
        for (Polygon p : parts) {
            sum = Math.addExact(sum, p.doubledAreaMm2());
        }
        long missing = parent.doubledAreaMm2() - sum;
        if (missing != 0) {
            if (missing < 0) {
                throw new IllegalStateException("disjoint parts within the parent cannot exceed its area");
            }
            return new TilingResult.Gap(missing);
        }
        return new TilingResult.Exact();
    }
}
