package org.mallcrm.domain.report;

import java.math.BigInteger;
import java.util.Optional;
import org.mallcrm.domain.money.Decimals;

/** A share of a whole in basis points (1/100 of a percent), rounded HALF_UP; none when the whole is zero. */
public final class Share {

    private Share() {
    }

    /** {@code part ÷ whole} in basis points, HALF_UP; empty when {@code whole} is 0. */
    public static Optional<Long> basisPoints(long part, long whole) {
        if (whole == 0) {
            return Optional.empty();
        }
        BigInteger num = BigInteger.valueOf(part).multiply(BigInteger.valueOf(20_000));
        BigInteger den = BigInteger.valueOf(whole);
        // round(part × 10,000 / whole) half up = floor((2 × part × 10,000 + whole) / (2 × whole)) for positive values
        BigInteger[] qr = num.add(den).divideAndRemainder(den.shiftLeft(1));
        return Optional.of(qr[0].longValueExact());
    }

    /** A percentage with two decimals, e.g. {@code "92.50"}; empty when there is no whole. */
    public static Optional<String> percent(long part, long whole) {
        return basisPoints(part, whole).map(bp -> Decimals.format(bp, 2));
    }
}
