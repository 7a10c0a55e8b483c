package org.mallcrm.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An exact amount of yuan, held as a whole number of fen (0.01 yuan). Immutable; arithmetic overflows loudly.
 * At the edges it is read from and written as a string with two decimals ({@code "8190.00"}).
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofFen(long fen) {
        return fen == 0 ? ZERO : new Money(fen);
    }

    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100L));
    }

    /**
     * Parses a yuan amount with at most two decimals ("8190", "8190.5", "8190.00", "-3.20"): digits 0-9, optionally a
     * '.' with one or two digits after it, optionally a leading '-' (see {@link Decimals#parseScaled}).
     *
     * @throws IllegalArgumentException when the text is not such a number ("100.", ".5", "+5", "1e3", "100.000"),
     *                                  naming the text and the reason, or when it overflows
     */
    public static Money parse(String text) {
        return new Money(Decimals.parseScaled(text, 2, "amount"));
    }

    /** An exact decimal amount; refuses anything finer than a fen rather than rounding silently. */
    public static Money of(BigDecimal yuan) {
        try {
            return new Money(yuan.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount " + yuan.toPlainString() + " is finer than a fen or too large", e);
        }
    }

    /** Rounds an exact decimal amount of yuan to the fen with the rounding mode named. */
    public static Money round(BigDecimal yuan, RoundingMode mode) {
        return new Money(yuan.setScale(2, mode).unscaledValue().longValueExact());
    }

    public Money plus(Money other) {
        try {
            return new Money(Math.addExact(fen, other.fen));
        } catch (ArithmeticException e) {
            throw overflow(this + " + " + other, e);
        }
    }

    public Money minus(Money other) {
        try {
            return new Money(Math.subtractExact(fen, other.fen));
        } catch (ArithmeticException e) {
            throw overflow(this + " - " + other, e);
        }
    }

    public Money times(long factor) {
        try {
            return new Money(Math.multiplyExact(fen, factor));
        } catch (ArithmeticException e) {
            throw overflow(this + " × " + factor, e);
        }
    }

    public Money negate() {
        try {
            return new Money(Math.negateExact(fen));
        } catch (ArithmeticException e) {
            throw overflow("-" + this, e);
        }
    }

    /**
     * Money beyond what a long of fen holds is a bug, not bad input: every amount from outside is bounded by the
     * documented limits ({@code org.mallcrm.domain.common.Limits}) so far below this that no sum of them gets here.
     */
    private static ArithmeticException overflow(String what, ArithmeticException cause) {
        ArithmeticException e = new ArithmeticException("money overflow in " + what
                + " (a bug: amounts from input are bounded by the documented limits)");
        e.initCause(cause);
        return e;
    }

    public Money min(Money other) {
        return fen <= other.fen ? this : other;
    }

    public Money max(Money other) {
        return fen >= other.fen ? this : other;
    }

    public boolean isZero() {
        return fen == 0;
    }

    public boolean isPositive() {
        return fen > 0;
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    public boolean isLessThan(Money other) {
        return fen < other.fen;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(fen, 2);
    }

    public static Money sum(Iterable<Money> amounts) {
        Money total = ZERO;
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }

    /**
     * Splits this amount into parts proportional to the weights, by largest remainder: every part is the
     * floor of its exact share, and the fen left over go one each to the parts with the largest remainders,
     * ties to the earlier part. The parts always sum exactly to this amount.
     */
    public List<Money> allocate(long... weights) {
        long[] parts = Allocation.largestRemainder(fen, weights);
        List<Money> result = new ArrayList<>(parts.length);
        for (long p : parts) {
            result.add(ofFen(p));
        }
        return result;
    }

    /**
     * Splits this amount by ratios: each part but the last is this amount times its ratio, rounded HALF_UP to
     * the fen; the last part takes the remainder. Used for custom installment plans (收款比例).
     */
    public List<Money> splitByRatiosLastTakesRemainder(List<BigDecimal> ratios) {
        List<Money> result = new ArrayList<>(ratios.size());
        Money allocated = ZERO;
        for (int i = 0; i < ratios.size(); i++) {
            Money part;
            if (i == ratios.size() - 1) {
                part = minus(allocated);
            } else {
                part = round(toBigDecimal().multiply(ratios.get(i)), RoundingMode.HALF_UP);
            }
            allocated = allocated.plus(part);
            result.add(part);
        }
        return result;
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(fen, o.fen);
    }

    /** Two decimals, no grouping: {@code "8190.00"}, {@code "-0.05"}. */
    @Override
    public String toString() {
        return Decimals.format(fen, 2);
    }
}
