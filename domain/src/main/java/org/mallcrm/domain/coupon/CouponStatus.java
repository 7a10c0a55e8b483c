package org.mallcrm.domain.coupon;

/**
 * A coupon's status: {@code ISSUED} (claimed, usable), {@code REDEEMED} (used at a merchant), {@code EXPIRED} (an
 * issued coupon past its validity: derived from the clock, never stored).
 */
public enum CouponStatus {
    ISSUED("未使用"),
    REDEEMED("已核销"),
    EXPIRED("已过期");

    private final String label;

    CouponStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CouponStatus parse(String text) {
        if (text != null) {
            for (CouponStatus s : values()) {
                if (s.name().equalsIgnoreCase(text.strip())) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("coupon status '" + text + "' is not ISSUED, REDEEMED or EXPIRED");
    }
}
