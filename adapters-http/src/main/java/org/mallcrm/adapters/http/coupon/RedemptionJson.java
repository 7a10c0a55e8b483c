package org.mallcrm.adapters.http.coupon;

import org.mallcrm.adapters.http.channel.ChannelJson;
import org.mallcrm.domain.coupon.Redemption;

/**
 * A redemption (核销) as the merchant app, the staff and the CLI see it: money as strings with two decimals, the
 * discount split between the mall and the merchant, and the reversal when it was undone.
 */
public record RedemptionJson(
        String redemptionNo,
        String couponCode,
        String campaignNo,
        String buyerId,
        String merchantNo,
        String orderAmount,
        String orderNo,
        String discount,
        String mallShare,
        String merchantShare,
        String redeemedAt,
        boolean reversed,
        String reversedAt,
        String reversedBy) {

    public static RedemptionJson of(Redemption r) {
        return new RedemptionJson(r.no().value(), r.code().value(), r.campaign().value(), r.buyer().value(),
                r.merchant().value(), r.orderAmount().toString(), r.orderNo().orElse(null), r.discount().toString(),
                r.mallShare().toString(), r.merchantShare().toString(), ChannelJson.instant(r.redeemedAt()),
                r.isReversed(), r.reversal().map(v -> ChannelJson.instant(v.at())).orElse(null),
                r.reversal().map(v -> v.by().kind().name() + ":" + v.by().who()).orElse(null));
    }
}
