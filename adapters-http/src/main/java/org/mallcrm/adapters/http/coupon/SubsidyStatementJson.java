package org.mallcrm.adapters.http.coupon;

import java.util.List;
import java.util.Optional;
import org.mallcrm.adapters.http.channel.ChannelJson;
import org.mallcrm.domain.coupon.ClosedSubsidyStatement;
import org.mallcrm.domain.coupon.RentOffset;
import org.mallcrm.domain.coupon.SubsidyStatement;

/**
 * A merchant's subsidy statement for a month (营销补差): {@code DRAFT} (as it stands) or {@code CLOSED} (as it was
 * closed), each redemption standing that month with the mall's share, the adjustments posted on it (changes to
 * earlier closed months), the totals, and how a closed one is settled (paid out, or offset on rent).
 */
public record SubsidyStatementJson(
        String merchantNo,
        String month,
        String status,
        List<LineJson> lines,
        List<AdjustmentJson> adjustments,
        String gmv,
        String linesTotal,
        String adjustmentsTotal,
        String total,
        String closedAt,
        String method,
        OffsetJson offset) {

    public record LineJson(String redemptionNo, String couponCode, String campaignNo, String redeemedAt,
            String orderAmount, String discount, String mallShare) {
    }

    public record AdjustmentJson(String redemptionNo, String correctedMonth, String amount, String reason, String at) {
    }

    public record OffsetJson(String leaseNo, String receiptNo, String amount, String applied, String held) {
    }

    public static SubsidyStatementJson of(SubsidyStatement s) {
        List<LineJson> lines = s.lines().stream().map(l -> new LineJson(l.redemption().value(), l.code().value(),
                l.campaign().value(), ChannelJson.instant(l.redeemedAt()), l.orderAmount().toString(),
                l.discount().toString(), l.mallShare().toString())).toList();
        List<AdjustmentJson> adjustments = s.adjustments().stream().map(a -> new AdjustmentJson(
                a.redemption().value(), a.correctedMonth().toString(), a.amount().toString(), a.reason(),
                ChannelJson.instant(a.at()))).toList();
        String closedAt = null;
        String method = null;
        OffsetJson offset = null;
        if (s instanceof ClosedSubsidyStatement c) {
            closedAt = ChannelJson.instant(c.closedAt());
            method = c.method().name();
            Optional<RentOffset> o = c.offset();
            offset = o.map(x -> new OffsetJson(x.lease().value(), x.receiptNo(), x.amount().toString(),
                    x.applied().toString(), x.held().toString())).orElse(null);
        }
        return new SubsidyStatementJson(s.merchant().value(), s.month().toString(), s.status().name(), lines,
                adjustments, s.gmv().toString(), s.linesTotal().toString(), s.adjustmentsTotal().toString(),
                s.total().toString(), closedAt, method, offset);
    }
}
