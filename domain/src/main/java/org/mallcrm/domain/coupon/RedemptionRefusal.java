package org.mallcrm.domain.coupon;

/** Why a redemption (核销) is refused (domain-rules.md §7). */
public enum RedemptionRefusal {
    UNKNOWN_CODE,
    ALREADY_REDEEMED,
    EXPIRED,
    NOT_YET_VALID,
    BELOW_THRESHOLD,
    MERCHANT_NOT_PARTICIPATING
}
