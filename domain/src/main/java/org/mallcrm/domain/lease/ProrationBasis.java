package org.mallcrm.domain.lease;

import java.math.BigInteger;

/**
 * How a part of a month is charged (按天折算): the share of the monthly rent that {@code days} days of a month
 * of {@code monthDays} days carry.
 */
public enum ProrationBasis {
    /** Actual days ÷ days of that month (default). */
    ACTUAL_DAYS,
    /** Days ÷ 30. */
    THIRTY_DAY,
    /** Days ÷ (365 / 12). */
    YEAR_365_OVER_12;

    /** The exact share as a fraction {numerator, denominator}. */
    Fraction share(long days, long monthDays) {
        return switch (this) {
            case ACTUAL_DAYS -> new Fraction(BigInteger.valueOf(days), BigInteger.valueOf(monthDays));
            case THIRTY_DAY -> new Fraction(BigInteger.valueOf(days), BigInteger.valueOf(30));
            case YEAR_365_OVER_12 -> new Fraction(BigInteger.valueOf(days * 12), BigInteger.valueOf(365));
        };
    }
}
