package org.mallcrm.domain.coupon;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.Signup;
import org.mallcrm.domain.money.Money;

/**
 * Counts a scope's claims, redemptions and sign-ups as they stream past, then gives its {@link CampaignMetrics}.
 * Reversed redemptions count for nothing. Not thread-safe.
 */
public final class MetricsTally {

    private long claimed;
    private long redeemed;
    private final Set<BuyerId> buyers = new HashSet<>();
    private long gmv;
    private long discount;
    private long mallCost;
    private long merchantCost;
    private long signups;
    private long attended;

    /** A coupon claimed in the scope. */
    public void claimed(Coupon c) {
        claimed++;
        buyers.add(c.buyer());
    }

    /** A redemption made in the scope (reversed ones are passed over). */
    public void redeemed(Redemption r) {
        if (r.isReversed()) {
            return;
        }
        redeemed++;
        buyers.add(r.buyer());
        gmv = Math.addExact(gmv, r.orderAmount().fen());
        discount = Math.addExact(discount, r.discount().fen());
        mallCost = Math.addExact(mallCost, r.mallShare().fen());
        merchantCost = Math.addExact(merchantCost, r.merchantShare().fen());
    }

    /** A sign-up made in the scope (cancelled ones are passed over). */
    public void signedUp(Signup s) {
        if (s.isActive()) {
            signups++;
        }
    }

    /** A sign-up whose attendance falls in the scope (passed over when it did not attend). */
    public void attended(Signup s) {
        if (s.isActive() && s.attended()) {
            attended++;
        }
    }

    public CampaignMetrics result() {
        Optional<BigDecimal> rate = claimed == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(redeemed).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(claimed), 2, RoundingMode.HALF_UP));
        Optional<BigDecimal> roi = mallCost == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(gmv).divide(BigDecimal.valueOf(mallCost), 2, RoundingMode.HALF_UP));
        return new CampaignMetrics(claimed, redeemed, rate, buyers.size(), Money.ofFen(gmv), Money.ofFen(discount),
                Money.ofFen(mallCost), Money.ofFen(merchantCost), roi, signups, attended);
    }
}
