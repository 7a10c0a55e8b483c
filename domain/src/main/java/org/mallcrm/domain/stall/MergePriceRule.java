package org.mallcrm.domain.stall;

/** How a merged stall's base rent (基准单价) is set from its parents'. */
public enum MergePriceRule {
    /** The parents' base rents weighted by their leasable areas, rounded HALF_UP to 0.01 yuan. */
    WEIGHTED_AVERAGE,
    /** The highest of the parents' base rents. */
    MAX,
    /** The lowest of the parents' base rents. */
    MIN,
    /** Given by the operator with the merge. */
    MANUAL
}
