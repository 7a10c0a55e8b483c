package org.mallcrm.domain.money;

import java.math.BigInteger;

/** Integer apportionment by largest remainder; shared by money and area. */
public final class Allocation {

    private Allocation() {
    }

    /**
     * Splits {@code total} units into parts proportional to {@code weights} (all ≥ 0, sum &gt; 0): each part is
     * the floor of its exact share and the units left over go, one each, to the parts with the largest
     * remainders; equal remainders favour the earlier part. The parts sum exactly to {@code total}.
     * A negative total is split as the negation of splitting its absolute value.
     */
    public static long[] largestRemainder(long total, long... weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("at least one weight is needed");
        }
        BigInteger sum = BigInteger.ZERO;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("weights must not be negative: " + w);
            }
            sum = sum.add(BigInteger.valueOf(w));
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        boolean negative = total < 0;
        BigInteger whole = BigInteger.valueOf(total).abs();
        long[] parts = new long[weights.length];
        BigInteger[] remainders = new BigInteger[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = whole.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sum);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += parts[i];
        }
        long left = whole.longValueExact() - given;
        boolean[] taken = new boolean[weights.length];
        for (long k = 0; k < left; k++) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (!taken[i] && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                    best = i;
                }
            }
            taken[best] = true;
            parts[best]++;
        }
        if (negative) {
            for (int i = 0; i < parts.length; i++) {
                parts[i] = -parts[i];
            }
        }
        return parts;
    }
}
