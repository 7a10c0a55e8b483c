package org.mallcrm.domain.lease;

import java.math.BigDecimal;
import java.math.BigInteger;

/** An exact rational number of fen, summed without rounding and rounded once, HALF_UP. */
record Fraction(BigInteger numerator, BigInteger denominator) {

    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    Fraction {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
    }

    static Fraction of(long fen) {
        return new Fraction(BigInteger.valueOf(fen), BigInteger.ONE);
    }

    /** An exact decimal number of fen. */
    static Fraction of(BigDecimal fen) {
        if (fen.scale() <= 0) {
            return new Fraction(fen.toBigIntegerExact(), BigInteger.ONE);
        }
        return new Fraction(fen.unscaledValue(), BigInteger.TEN.pow(fen.scale()));
    }

    Fraction times(Fraction o) {
        return new Fraction(numerator.multiply(o.numerator), denominator.multiply(o.denominator)).reduced();
    }

    Fraction plus(Fraction o) {
        return new Fraction(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator)).reduced();
    }

    private Fraction reduced() {
        BigInteger g = numerator.gcd(denominator);
        if (g.signum() == 0 || g.equals(BigInteger.ONE)) {
            return this;
        }
        return new Fraction(numerator.divide(g), denominator.divide(g));
    }

    /** Rounds HALF_UP (away from zero at exactly half) to a whole fen. */
    long roundHalfUp() {
        BigInteger[] qr = numerator.abs().divideAndRemainder(denominator);
        BigInteger q = qr[0];
        if (qr[1].shiftLeft(1).compareTo(denominator) >= 0) {
            q = q.add(BigInteger.ONE);
        }
        return (numerator.signum() < 0 ? q.negate() : q).longValueExact();
    }
}
