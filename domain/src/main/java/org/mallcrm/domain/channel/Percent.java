package org.mallcrm.domain.channel;

import java.math.BigDecimal;
import org.mallcrm.domain.money.Decimals;

/**
 * A non-negative percentage, exact to 0.01 % (held as basis points: 10 % is 1000). Read and written as a plain
 * decimal number of percent: {@code "10"}, {@code "12.5"}, {@code "0.25"}.
 */
public record Percent(long basisPoints) implements Comparable<Percent> {

    public static final Percent ZERO = new Percent(0);

    public Percent {
        if (basisPoints < 0) {
            throw new IllegalArgumentException("a percentage cannot be negative: " + Decimals.format(basisPoints, 2));
        }
    }

    /** Parses a number of percent with at most two decimals ({@code "10"}, {@code "2.5"}). */
    public static Percent parse(String text) {
        return new Percent(Decimals.parseScaled(text, 2, "percentage"));
    }

    public static Percent of(long wholePercent) {
        return new Percent(Math.multiplyExact(wholePercent, 100L));
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros();
    }

    @Override
    public int compareTo(Percent o) {
        return Long.compare(basisPoints, o.basisPoints);
    }

    /** Plain decimal without trailing zeros: {@code "10"}, {@code "12.5"}. */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
