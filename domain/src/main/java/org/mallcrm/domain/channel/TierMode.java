package org.mallcrm.domain.channel;

/**
 * How tiers apply to a channel's month. {@code MARGINAL}: the month's paid heads, in trip order, fill the tiers
 * and each head earns its own tier's rate. {@code WHOLE}: every paid head of the month earns the rate of the
 * tier the month's total reaches.
 */
public enum TierMode {
    MARGINAL,
    WHOLE
}
