package org.mallcrm.domain.geometry;

/** Whether parts tile a parent outline exactly: no gap, no overlap, nothing outside, union = parent. */
public sealed interface TilingResult {

    /** The parts cover the parent exactly. */
    record Exact() implements TilingResult {
    }

    /** Part {@code part} (0-based) reaches outside the parent. */
    record OutsideParent(int part) implements TilingResult {
    }

    /** Parts {@code first} and {@code second} (0-based) overlap. */
    record Overlap(int first, int second) implements TilingResult {
    }

    /** The parts leave part of the parent uncovered: {@code missingDoubledMm2} is twice the missing area. */
    record Gap(long missingDoubledMm2) implements TilingResult {
        /** The missing area rounded HALF_UP to 0.01 m². */
        public Area missing() {
            return Area.fromDoubledSquareMillimetres(missingDoubledMm2);
        }
    }

    default boolean isExact() {
        return this instanceof Exact;
    }
}
