package org.mallcrm.domain.lease;

/** How rent grows at each escalation anniversary (递增方式). */
public enum EscalationMethod {
    /** By a percentage of the price in force (default): price × (1 + p)^k. */
    COMPOUND,
    /** By a percentage of the starting price: price × (1 + k·p). */
    SIMPLE,
    /** By a fixed amount of yuan per m²: price + k·step. */
    FIXED_STEP
}
