package org.mallcrm.domain.lease;

import java.math.BigDecimal;

/**
 * A daily late-fee rate (滞纳金日费率), exact, in millionths per day: 0.05 %/day is 500.
 */
public record LateFeeRate(long millionthsPerDay) {

    public static final LateFeeRate DEFAULT = new LateFeeRate(500);

    public LateFeeRate {
        if (millionthsPerDay < 0) {
            throw new IllegalArgumentException("a late-fee rate cannot be negative");
        }
    }

    /** Parses a percentage per day, e.g. {@code "0.05"} for 0.05 %/day; at most four decimals. */
    public static LateFeeRate percentPerDay(String percent) {
        BigDecimal p = Percent.parse(percent).value();
        try {
            return new LateFeeRate(p.movePointRight(4).setScale(0).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("late-fee rate '" + percent + "' is finer than 0.0001 %/day", e);
        }
    }

    /** The exact fraction per day: 0.0005 for the default. */
    public BigDecimal fraction() {
        return BigDecimal.valueOf(millionthsPerDay, 6);
    }

    /** As a percentage per day, e.g. "0.05". */
    @Override
    public String toString() {
        return BigDecimal.valueOf(millionthsPerDay, 4).stripTrailingZeros().toPlainString();
    }
}
