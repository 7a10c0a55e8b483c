package org.mallcrm.domain.lease;

/** How often rent is billed (收款周期): the length of one billing period in months. */
public enum Billing {
    MONTHLY(1),
    QUARTERLY(3),
    SEMIANNUAL(6),
    ANNUAL(12);

    private final int months;

    Billing(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
