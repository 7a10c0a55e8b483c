package org.mallcrm.domain.geometry;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The length of the boundary two outlines share (their common wall), exact. Shared pieces are grouped by
 * direction; each group's length is kept as its square in mm² (a slanted wall's length is a square root), so
 * the total is Σ √q. Axis-parallel walls have whole-millimetre lengths and compare as plain numbers; a total
 * with a slanted wall is irrational and is compared with a whole number of millimetres by exact integer
 * square-root bounds, never by floating point.
 *
 * @param squaredLengths the squared length (mm²) of the shared pieces in each direction; all positive
 */
public record BoundaryLength(List<BigInteger> squaredLengths) {

    public static final BoundaryLength ZERO = new BoundaryLength(List.of());

    public BoundaryLength {
        squaredLengths = List.copyOf(squaredLengths);
        for (BigInteger q : squaredLengths) {
            if (q.signum() <= 0) {
                throw new IllegalArgumentException("a shared piece has positive length");
            }
        }
    }

    /** A single straight length in whole millimetres. */
    public static BoundaryLength ofMillimetres(long mm) {
        if (mm < 0) {
            throw new IllegalArgumentException("a length cannot be negative");
        }
        return mm == 0 ? ZERO : new BoundaryLength(List.of(BigInteger.valueOf(mm).pow(2)));
    }

    /** No shared length: the outlines are apart or touch at points only. */
    public boolean isZero() {
        return squaredLengths.isEmpty();
    }

    /** The length in millimetres when it is a whole number (always so for axis-parallel walls). */
    public OptionalLong exactMillimetres() {
        long sum = 0;
        for (BigInteger q : squaredLengths) {
            BigInteger[] sr = q.sqrtAndRemainder();
            if (sr[1].signum() != 0) {
                return OptionalLong.empty();
            }
            sum = Math.addExact(sum, sr[0].longValueExact());
        }
        return OptionalLong.of(sum);
    }

    /** Exact comparison with a length of {@code mm} millimetres: negative, zero or positive. */
    public int compareTo(long mm) {
        OptionalLong exact = exactMillimetres();
        if (exact.isPresent()) {
            return Long.compare(exact.getAsLong(), mm);
        }
        // Some group is not a perfect square, so the total is irrational and never equals mm: narrow it down.
        BigInteger scale = BigInteger.ONE;
        for (int digits = 0; digits <= 80; digits++) {
            BigInteger lower = BigInteger.ZERO;
            BigInteger upper = BigInteger.ZERO;
            BigInteger scale2 = scale.multiply(scale);
            for (BigInteger q : squaredLengths) {
                BigInteger[] sr = q.multiply(scale2).sqrtAndRemainder();
                lower = lower.add(sr[0]);
                upper = upper.add(sr[1].signum() == 0 ? sr[0] : sr[0].add(BigInteger.ONE));
            }
            BigInteger target = BigInteger.valueOf(mm).multiply(scale);
            if (lower.compareTo(target) >= 0) {
                return 1;
            }
            if (upper.compareTo(target) <= 0) {
                return -1;
            }
            scale = scale.multiply(BigInteger.TEN);
        }
        throw new ArithmeticException("cannot separate the boundary length from " + mm + " mm");
    }

    /** At least {@code mm} millimetres long (exact). */
    public boolean isAtLeast(long mm) {
        return compareTo(mm) >= 0;
    }

    /** The length in millimetres rounded down to {@code scale} decimals, for display. */
    public BigDecimal millimetres(int scale) {
        BigInteger s = BigInteger.TEN.pow(scale);
        BigInteger s2 = s.multiply(s);
        BigInteger total = BigInteger.ZERO;
        for (BigInteger q : squaredLengths) {
            total = total.add(q.multiply(s2).sqrt());
        }
        return new BigDecimal(total, scale).setScale(scale, RoundingMode.DOWN);
    }

    BoundaryLength plusDirection(BigInteger squared) {
        List<BigInteger> l = new ArrayList<>(squaredLengths);
        l.add(squared);
        return new BoundaryLength(l);
    }

    @Override
    public String toString() {
        OptionalLong exact = exactMillimetres();
        return exact.isPresent() ? exact.getAsLong() + " mm" : "≈" + millimetres(1) + " mm";
    }
}
