package org.mallcrm.domain.coupon;

import java.time.Instant;
import java.util.Objects;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.money.Money;

/** A redemption on a subsidy statement: the mall's share of its discount is what the mall owes for it. */
public record SubsidyLine(RedemptionNo redemption, CouponCode code, CampaignNo campaign, Instant redeemedAt,
        Money orderAmount, Money discount, Money mallShare) {

    public SubsidyLine {
        Objects.requireNonNull(redemption, "redemption");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(redeemedAt, "redeemedAt");
        Objects.requireNonNull(orderAmount, "orderAmount");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(mallShare, "mallShare");
    }

    public static SubsidyLine of(Redemption r) {
        return new SubsidyLine(r.no(), r.code(), r.campaign(), r.redeemedAt(), r.orderAmount(), r.discount(),
                r.mallShare());
    }
}
