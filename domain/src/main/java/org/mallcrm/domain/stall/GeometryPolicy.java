package org.mallcrm.domain.stall;

import java.util.Objects;
import org.mallcrm.domain.geometry.Area;

/**
 * A mall's settings for reshaping stalls (拆分 / 合并).
 *
 * @param minChildArea        the smallest outline a split may leave (default 1.00 m²)
 * @param minSharedEdgeMm     how long a wall two stalls share must be for them to count as adjacent in a merge
 *                            (default 500 mm; a corner touch is never adjacency)
 * @param overlapToleranceMm2 how much overlap between active stalls on a floor is tolerated (default 0 mm²). The
 *                            split and merge checks are exact whatever this says: a split's children must tile
 *                            the parent and a merge's parents must not overlap at all.
 * @param mergePriceRule      how a merged stall's base rent is set (default {@link MergePriceRule#WEIGHTED_AVERAGE})
 * @param reuseNumbers        whether the number of a retired (split or merged) stall may be given to a new one
 *                            (default false)
 */
public record GeometryPolicy(Area minChildArea, long minSharedEdgeMm, long overlapToleranceMm2,
        MergePriceRule mergePriceRule, boolean reuseNumbers) {

    /** The defaults of domain-rules.md §1. */
    public static final GeometryPolicy DEFAULTS =
            new GeometryPolicy(Area.ofSquareMetres(1), 500, 0, MergePriceRule.WEIGHTED_AVERAGE, false);

    public GeometryPolicy {
        Objects.requireNonNull(minChildArea, "minChildArea");
        Objects.requireNonNull(mergePriceRule, "mergePriceRule");
        if (minSharedEdgeMm < 0) {
            throw new IllegalArgumentException("minimum shared edge cannot be negative: " + minSharedEdgeMm);
        }
        if (overlapToleranceMm2 < 0) {
            throw new IllegalArgumentException("overlap tolerance cannot be negative: " + overlapToleranceMm2);
        }
    }

    public static GeometryPolicy defaults() {
        return DEFAULTS;
    }

    public GeometryPolicy withMinChildArea(Area a) {
        return new GeometryPolicy(a, minSharedEdgeMm, overlapToleranceMm2, mergePriceRule, reuseNumbers);
    }

    public GeometryPolicy withMinSharedEdgeMm(long mm) {
        return new GeometryPolicy(minChildArea, mm, overlapToleranceMm2, mergePriceRule, reuseNumbers);
    }

    public GeometryPolicy withMergePriceRule(MergePriceRule rule) {
        return new GeometryPolicy(minChildArea, minSharedEdgeMm, overlapToleranceMm2, rule, reuseNumbers);
    }

    public GeometryPolicy withReuseNumbers(boolean reuse) {
        return new GeometryPolicy(minChildArea, minSharedEdgeMm, overlapToleranceMm2, mergePriceRule, reuse);
    }

    /** Twice the minimum child area in mm², to compare with {@code Polygon.doubledAreaMm2()} exactly. */
    long minChildDoubledMm2() {
        return Math.multiplyExact(minChildArea.hundredths(), 2 * Area.MM2_PER_HUNDREDTH);
    }
}
