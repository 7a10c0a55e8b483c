package org.mallcrm.domain.settings;

/** How a closed subsidy statement (营销补差) is settled with the merchant (domain-rules.md §7). */
public enum SubsidySettlement {
    /** The mall pays the merchant. */
    PAY_OUT,
    /** Offset on the merchant's next rent installment, as credit on the lease account. */
    OFFSET_RENT
}
