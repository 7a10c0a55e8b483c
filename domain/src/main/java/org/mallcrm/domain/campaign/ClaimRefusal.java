package org.mallcrm.domain.campaign;

/** Why a claim (领券) is refused (domain-rules.md §7), plus a claim on a campaign that has no coupons. */
public enum ClaimRefusal {
    NOT_RUNNING,
    NOT_IN_AUDIENCE,
    OUT_OF_STOCK,
    PER_BUYER_LIMIT,
    UNKNOWN_BUYER,
    NOT_A_COUPON_CAMPAIGN
}
