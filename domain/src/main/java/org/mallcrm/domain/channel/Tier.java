package org.mallcrm.domain.channel;

import org.mallcrm.domain.common.Limits;
import org.mallcrm.domain.money.Money;

/** One commission tier: from the {@code from}-th paid head of the month on (1-based), each head earns {@code rate}. */
public record Tier(long from, Money rate) {

    public Tier {
        if (from < 1) {
            throw new IllegalArgumentException("a tier starts at head 1 or later, not " + from);
        }
        if (rate == null || rate.isNegative()) {
            throw new IllegalArgumentException("a tier's rate must be zero or more: " + rate);
        }
        if (from > Limits.MAX_COUNT * 100L) {
            throw new IllegalArgumentException("a tier starts at head " + Limits.MAX_COUNT * 100L + " at the latest");
        }
        Limits.amount(rate, "a tier's rate");
    }

    public static Tier of(long from, String rate) {
        return new Tier(from, Money.parse(rate));
    }
}
