package org.mallcrm.adapters.http.buyer;

import java.time.LocalDate;
import java.util.List;
import org.mallcrm.adapters.http.coupon.CouponJson;
import org.mallcrm.adapters.http.coupon.RedemptionJson;
import org.mallcrm.application.buyer.port.in.BuyerQueries.BuyerDetails;
import org.mallcrm.domain.channel.ChannelCode;

/**
 * One buyer's file ({@code buyers show}, {@code GET /api/v1/buyers/{id}}): its profile when registered (null fields
 * otherwise: an anonymous buyer, seen only in scans), its visits, its first channel, its RFM score as of today, its
 * coupons and redemptions.
 */
public record BuyerFileJson(
        String buyerId,
        boolean registered,
        BuyerJson profile,
        long visits,
        LocalDate firstVisit,
        LocalDate lastVisit,
        List<LocalDate> visitDays,
        String firstChannel,
        LocalDate rfmAsOf,
        RfmJson rfm,
        String segment,
        String segmentName,
        List<CouponJson> coupons,
        List<RedemptionJson> redemptions) {

    public static BuyerFileJson of(BuyerDetails d, List<CouponJson> coupons, List<RedemptionJson> redemptions) {
        RfmJson rfm = d.rfm().map(RfmJson::of).orElse(null);
        return new BuyerFileJson(d.buyer().value(), d.registered(), d.profile().map(BuyerJson::of).orElse(null),
                d.visitDays().size(), d.firstVisit().orElse(null), d.lastVisit().orElse(null), d.visitDays(),
                d.firstChannel().map(ChannelCode::value).orElse(null), d.rfmAsOf(), rfm,
                rfm == null ? null : rfm.segment(), rfm == null ? null : rfm.segmentName(), coupons, redemptions);
    }
}
