package org.mallcrm.domain.coupon;

import org.mallcrm.domain.common.Identifiers;

/**
 * A redemption's number (核销单号): {@code RD-} + the coupon's code + {@code -n} for the coupon's n-th redemption
 * (a reversed coupon may be redeemed again), so that two racing redemptions of one coupon propose the same number
 * and the store lets exactly one of them in.
 */
public record RedemptionNo(String value) implements Comparable<RedemptionNo> {

    public RedemptionNo {
        value = Identifiers.require(value, "redemption number");
    }

    public static RedemptionNo of(String value) {
        return new RedemptionNo(value);
    }

    /** The number of a coupon's n-th redemption (n from 1). */
    public static RedemptionNo of(CouponCode code, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("redemptions are counted from 1");
        }
        return new RedemptionNo("RD-" + code.value() + "-" + n);
    }

    @Override
    public int compareTo(RedemptionNo o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
