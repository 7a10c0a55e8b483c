package org.mallcrm.domain.geometry;

/** The union of several outlines: one simple polygon, or why not. */
public sealed interface UnionResult {

    /** The outlines join into this one simple polygon (collinear middle vertices removed). */
    record One(Polygon polygon) implements UnionResult {
    }

    /** They do not; {@code detail} says where. */
    record NotOne(Reason reason, String detail) implements UnionResult {
    }

    enum Reason {
        /** Two of the outlines overlap; the union is only defined here for outlines that meet at their edges. */
        OVERLAP,
        /** The union encloses a hole (e.g. a ring of stalls around a courtyard). */
        HOLE,
        /** The union falls apart into several pieces, or pieces that touch only at a point. */
        SEVERAL_PIECES
    }
}
