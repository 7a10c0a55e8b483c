package org.mallcrm.domain.buyer;

/**
 * Where RFM thresholds come from: the lower median of the buyers ranked (the value at position ⌈n/2⌉ in ascending
 * order, exact, no averaging), or fixed values set by the mall.
 */
public enum RfmThresholdMode {
    LOWER_MEDIAN,
    FIXED
}
