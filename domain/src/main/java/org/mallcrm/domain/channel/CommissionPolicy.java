package org.mallcrm.domain.channel;

import java.util.List;
import java.util.Optional;
import org.mallcrm.domain.common.Limits;
import org.mallcrm.domain.money.Money;

/**
 * How a channel is paid and checked (佣金规则); one per mall as the default, optionally one per channel. Each
 * component is one key of the rules JSON:
 * <ul>
 * <li>{@code ratePerHead} ({@code rate_per_head}, default 20.00): the flat rate per paid head, used when there are
 * no tiers;</li>
 * <li>{@code tiers} ({@code tiers}, default none = JSON {@code null}) and {@code tierMode} ({@code tier_mode},
 * default {@code MARGINAL}): rates per channel per settlement month;</li>
 * <li>{@code monthlyCap} ({@code monthly_cap}, default none): the most a channel earns in a month; the latest trips
 * are trimmed first;</li>
 * <li>{@code minHeads} ({@code min_heads}, default 1): a trip with fewer valid heads is paid nothing;</li>
 * <li>{@code capAtReported} ({@code cap_at_reported}, default off) and {@code capTolerance}
 * ({@code cap_tolerance_pct}, default 0): pay at most ⌊reported × (1 + tolerance)⌋ heads;</li>
 * <li>{@code varianceFlag} ({@code variance_flag_pct}, default 10): flag a trip whose valid heads differ from the
 * reported count by more than this share of it;</li>
 * <li>{@code scanOrderToleranceMinutes} ({@code scan_order_tolerance_minutes}, default 0): how much later than the
 * check-in the channel scan may be.</li>
 * </ul>
 */
public record CommissionPolicy(Money ratePerHead, List<Tier> tiers, TierMode tierMode, Optional<Money> monthlyCap,
        int minHeads, boolean capAtReported, Percent capTolerance, Percent varianceFlag,
        int scanOrderToleranceMinutes) {

    /** The defaults of domain-rules.md §5. */
    public static final CommissionPolicy DEFAULT = new CommissionPolicy(Money.parse("20.00"), List.of(),
            TierMode.MARGINAL, Optional.empty(), 1, false, Percent.ZERO, Percent.of(10), 0);

    /** The longest scan-order tolerance accepted: one day. */
    public static final int MAX_TOLERANCE_MINUTES = 24 * 60;

    public CommissionPolicy {
        if (ratePerHead == null || ratePerHead.isNegative()) {
            throw new IllegalArgumentException("rate_per_head must be zero or more: " + ratePerHead);
        }
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        if (!tiers.isEmpty() && tiers.get(0).from() != 1) {
            throw new IllegalArgumentException("the first tier must start at head 1, not " + tiers.get(0).from());
        }
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).from() <= tiers.get(i - 1).from()) {
                throw new IllegalArgumentException("tiers must start at increasing heads: " + tiers.get(i - 1).from()
                        + " then " + tiers.get(i).from());
            }
        }
        if (tierMode == null) {
            throw new IllegalArgumentException("tier_mode is missing");
        }
        monthlyCap = monthlyCap == null ? Optional.empty() : monthlyCap;
        if (monthlyCap.isPresent() && monthlyCap.get().isNegative()) {
            throw new IllegalArgumentException("monthly_cap must be zero or more: " + monthlyCap.get());
        }
        if (minHeads < 0) {
            throw new IllegalArgumentException("min_heads must be zero or more: " + minHeads);
        }
        if (capTolerance == null || varianceFlag == null) {
            throw new IllegalArgumentException("cap_tolerance_pct and variance_flag_pct are needed");
        }
        Limits.amount(ratePerHead, "rate_per_head");
        monthlyCap.ifPresent(cap -> Limits.amount(cap, "monthly_cap"));
        Limits.count(minHeads, 0, Limits.MAX_COUNT, "min_heads");
        Limits.percent(java.math.BigDecimal.valueOf(capTolerance.basisPoints(), 2), 1000, "cap_tolerance_pct");
        Limits.percent(java.math.BigDecimal.valueOf(varianceFlag.basisPoints(), 2), 1000, "variance_flag_pct");
        if (scanOrderToleranceMinutes < 0 || scanOrderToleranceMinutes > MAX_TOLERANCE_MINUTES) {
            throw new IllegalArgumentException("scan_order_tolerance_minutes must be 0 to " + MAX_TOLERANCE_MINUTES
                    + ": " + scanOrderToleranceMinutes);
        }
    }

    /** Whether tiers are in force (otherwise the flat rate is). */
    public boolean tiered() {
        return !tiers.isEmpty();
    }

    public CommissionPolicy withRatePerHead(Money rate) {
        return new CommissionPolicy(rate, tiers, tierMode, monthlyCap, minHeads, capAtReported, capTolerance,
                varianceFlag, scanOrderToleranceMinutes);
    }

    /** An empty list means no tiers (JSON {@code null}). */
    public CommissionPolicy withTiers(List<Tier> newTiers) {
        return new CommissionPolicy(ratePerHead, newTiers, tierMode, monthlyCap, minHeads, capAtReported,
                capTolerance, varianceFlag, scanOrderToleranceMinutes);
    }

    public CommissionPolicy withTierMode(TierMode mode) {
        return new CommissionPolicy(ratePerHead, tiers, mode, monthlyCap, minHeads, capAtReported, capTolerance,
                varianceFlag, scanOrderToleranceMinutes);
    }

    public CommissionPolicy withMonthlyCap(Optional<Money> cap) {
        return new CommissionPolicy(ratePerHead, tiers, tierMode, cap, minHeads, capAtReported, capTolerance,
                varianceFlag, scanOrderToleranceMinutes);
    }

    public CommissionPolicy withMinHeads(int heads) {
        return new CommissionPolicy(ratePerHead, tiers, tierMode, monthlyCap, heads, capAtReported, capTolerance,
                varianceFlag, scanOrderToleranceMinutes);
    }

    public CommissionPolicy withCapAtReported(boolean on) {
        return new CommissionPolicy(ratePerHead, tiers, tierMode, monthlyCap, minHeads, on, capTolerance,
                varianceFlag, scanOrderToleranceMinutes);
    }

    public CommissionPolicy withCapTolerance(Percent tolerance) {
        return new CommissionPolicy(ratePerHead, tiers, tierMode, monthlyCap, minHeads, capAtReported, tolerance,
                varianceFlag, scanOrderToleranceMinutes);
    }

    public CommissionPolicy withVarianceFlag(Percent flag) {
        return new CommissionPolicy(ratePerHead, tiers, tierMode, monthlyCap, minHeads, capAtReported, capTolerance,
                flag, scanOrderToleranceMinutes);
    }

    public CommissionPolicy withScanOrderToleranceMinutes(int minutes) {
        return new CommissionPolicy(ratePerHead, tiers, tierMode, monthlyCap, minHeads, capAtReported, capTolerance,
                varianceFlag, minutes);
    }

    /**
     * This policy moved from one base to another: each component equal to {@code from}'s follows to {@code to}'s,
     * each that differs (this policy's own) stays. A channel's rules are kept relative to the mall's default this
     * way, so a later change of the default reaches what the channel did not set itself.
     */
    public CommissionPolicy rebase(CommissionPolicy from, CommissionPolicy to) {
        return new CommissionPolicy(
                ratePerHead.equals(from.ratePerHead) ? to.ratePerHead : ratePerHead,
                tiers.equals(from.tiers) ? to.tiers : tiers,
                tierMode == from.tierMode ? to.tierMode : tierMode,
                monthlyCap.equals(from.monthlyCap) ? to.monthlyCap : monthlyCap,
                minHeads == from.minHeads ? to.minHeads : minHeads,
                capAtReported == from.capAtReported ? to.capAtReported : capAtReported,
                capTolerance.equals(from.capTolerance) ? to.capTolerance : capTolerance,
                varianceFlag.equals(from.varianceFlag) ? to.varianceFlag : varianceFlag,
                scanOrderToleranceMinutes == from.scanOrderToleranceMinutes ? to.scanOrderToleranceMinutes
                        : scanOrderToleranceMinutes);
    }

    /** Heads paid for a trip: valid heads, capped at ⌊reported × (1 + tolerance)⌋ when on; 0 below min heads. */
    public int paidHeads(int validHeads, int reported) {
        if (validHeads < minHeads) {
            return 0;
        }
        if (!capAtReported) {
            return validHeads;
        }
        long cap = Math.multiplyExact((long) reported, 10_000L + capTolerance.basisPoints()) / 10_000L;
        return (int) Math.min(validHeads, cap);
    }

    /** Flagged when reported &gt; 0 and |valid − reported| / reported &gt; the variance flag (exactly). */
    public boolean flagged(int validHeads, int reported) {
        if (reported <= 0) {
            return false;
        }
        long diff = Math.abs((long) validHeads - reported);
        return Math.multiplyExact(diff, 10_000L) > Math.multiplyExact(varianceFlag.basisPoints(), (long) reported);
    }

    /** The rate of the tier that head number {@code n} (1-based in the month) falls in. */
    Money tierRateFor(long n) {
        Money rate = tiers.get(0).rate();
        for (Tier t : tiers) {
            if (t.from() <= n) {
                rate = t.rate();
            } else {
                break;
            }
        }
        return rate;
    }
}
