package org.mallcrm.domain.settings;

/** How the RFM high/low thresholds are found (domain-rules.md §6). */
public enum RfmThresholdMode {
    /** The lower median of the ranked buyers: the value at position ⌈n/2⌉ in ascending order. */
    LOWER_MEDIAN,
    /** The mall's fixed thresholds ({@code buyer.rfm_fixed_*}). */
    FIXED
}
