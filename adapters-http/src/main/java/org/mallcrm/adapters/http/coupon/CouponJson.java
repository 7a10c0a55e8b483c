package org.mallcrm.adapters.http.coupon;

import org.mallcrm.adapters.http.channel.ChannelJson;
import org.mallcrm.domain.coupon.Coupon;
import org.mallcrm.domain.coupon.CouponStatus;

/**
 * A coupon as the buyer app, the staff and the CLI see it ({@code coupons claim}, {@code coupons list}): its code,
 * campaign and buyer, its status now ({@code EXPIRED} once past its validity), when it may be used (from
 * {@code valid_from} through {@code valid_until}, the last second of its last local day) and its code grouped for
 * typing at a till.
 */
public record CouponJson(
        String couponCode,
        String codeGrouped,
        String campaignNo,
        String buyerId,
        String status,
        String statusName,
        String claimedAt,
        String validFrom,
        String validUntil,
        int redemptions) {

    public static CouponJson of(Coupon c, CouponStatus now) {
        return new CouponJson(c.code().value(), c.code().grouped(), c.campaign().value(), c.buyer().value(), now.name(),
                now.label(), ChannelJson.instant(c.claimedAt()), ChannelJson.instant(c.validity().from()),
                ChannelJson.instant(c.validity().validUntil()), c.redemptions());
    }
}
