package org.mallcrm.domain.coupon;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.money.Money;

/**
 * A campaign's figures over a scope (the whole campaign, one merchant, one day; domain-rules.md §7): coupons
 * claimed, redemptions standing (not reversed), the redemption rate (redeemed ÷ claimed, in percent with two
 * decimals; none when nothing was claimed in the scope), distinct buyers who claimed or redeemed, GMV (order amounts
 * of the standing redemptions), discount and who bore it, ROI (GMV ÷ mall cost, two decimals; none when the mall
 * cost is 0), and for events the sign-ups standing and the attendance.
 */
public record CampaignMetrics(long claimed, long redeemed, Optional<BigDecimal> redemptionRatePct, long buyers,
        Money gmv, Money discount, Money mallCost, Money merchantCost, Optional<BigDecimal> roi, long signups,
        long attended) {

    public CampaignMetrics {
        redemptionRatePct = redemptionRatePct == null ? Optional.empty() : redemptionRatePct;
        roi = roi == null ? Optional.empty() : roi;
        Objects.requireNonNull(gmv, "gmv");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(mallCost, "mallCost");
        Objects.requireNonNull(merchantCost, "merchantCost");
        if (!mallCost.plus(merchantCost).equals(discount)) {
            throw new IllegalArgumentException("mall and merchant cost do not make the discount");
        }
    }
}
