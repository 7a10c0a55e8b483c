package org.mallcrm.domain.campaign;

import org.mallcrm.domain.channel.Percent;
import org.mallcrm.domain.money.Money;

/** A percentage of an amount of money, rounded HALF_UP to the fen: the one rounding point of discounts and shares. */
public final class PercentOf {

    private static final long WHOLE = 10_000;

    private PercentOf() {
    }

    /** HALF_UP(amount × percent) for an amount of zero or more. */
    public static Money halfUp(Money amount, Percent percent) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a percentage is taken of an amount of zero or more, not " + amount);
        }
        long scaled = Math.multiplyExact(amount.fen(), percent.basisPoints());
        return Money.ofFen(Math.addExact(scaled, WHOLE / 2) / WHOLE);
    }
}
