package org.mallcrm.adapters.http.coupon;

import java.util.List;
import org.mallcrm.application.campaign.port.in.CampaignSpec;

/**
 * A campaign spec as written (contract.md: {@code campaigns create --spec}, {@code POST /api/v1/campaigns}): every
 * value as given, checked field by field by the use case. Money and percentages are strings ({@code "500.00"},
 * {@code "60"}); numbers written for them are read as their text.
 */
public record CampaignSpecJson(
        String campaignNo,
        String name,
        String kind,
        String startsAt,
        String endsAt,
        AudienceJson audience,
        Integer capacity,
        CouponSpecJson coupon) {

    public record AudienceJson(List<String> provinces, List<String> categories, List<String> segments,
            List<String> channels) {
    }

    public record CouponSpecJson(String face, String threshold, String amount, String percentOff, String cap,
            Integer stock, Integer perBuyer, Integer validDays, List<String> merchants, List<String> businessTypes,
            String mallSharePct) {
    }

    public CampaignSpec toSpec() {
        CampaignSpec.AudienceSpec a = audience == null ? null : new CampaignSpec.AudienceSpec(audience.provinces(),
                audience.categories(), audience.segments(), audience.channels());
        CampaignSpec.CouponSpec c = coupon == null ? null : new CampaignSpec.CouponSpec(coupon.face(),
                coupon.threshold(), coupon.amount(), coupon.percentOff(), coupon.cap(), coupon.stock(),
                coupon.perBuyer(), coupon.validDays(), coupon.merchants(), coupon.businessTypes(),
                coupon.mallSharePct());
        return new CampaignSpec(campaignNo, name, kind, startsAt, endsAt, a, capacity, c);
    }
}
