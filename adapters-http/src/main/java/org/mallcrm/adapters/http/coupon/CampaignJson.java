package org.mallcrm.adapters.http.coupon;

import java.util.List;
import org.mallcrm.adapters.http.channel.ChannelJson;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.domain.buyer.RfmSegment;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.campaign.CouponBatch;
import org.mallcrm.domain.campaign.CouponFace;
import org.mallcrm.domain.campaign.EventOffer;
import org.mallcrm.domain.campaign.Participation;
import org.mallcrm.domain.campaign.ValidityRule;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.BusinessType;

/**
 * A campaign as the API and the CLI show it: the spec's fields (so that what was created can be read back and
 * created again), its status now ({@code ENDED} once its window is over) with the Chinese name, and for a coupon
 * campaign how much of the stock is claimed.
 */
public record CampaignJson(
        String campaignNo,
        String name,
        String kind,
        String status,
        String statusName,
        String startsAt,
        String endsAt,
        CampaignSpecJson.AudienceJson audience,
        Integer capacity,
        CampaignSpecJson.CouponSpecJson coupon,
        Long claimed) {

    /** @param claimed coupons claimed so far (null for an event) */
    public static CampaignJson of(Campaign c, Long claimed) {
        var a = c.audience();
        CampaignSpecJson.AudienceJson audience = new CampaignSpecJson.AudienceJson(
                a.provinces().stream().map(Province::fullName).toList(),
                a.categories().stream().map(BusinessType::name).toList(),
                a.segments().stream().map(RfmSegment::name).toList(),
                a.channels().stream().map(ChannelCode::value).toList());
        Integer capacity = c.event().map(EventOffer::capacity).filter(x -> x.isPresent()).map(x -> x.getAsInt())
                .orElse(null);
        CampaignSpecJson.CouponSpecJson coupon = c.couponBatch().map(CampaignJson::coupon).orElse(null);
        return new CampaignJson(c.no().value(), c.name(), c.kind().name(), c.status().name(), c.status().label(),
                ChannelJson.instant(c.window().startsAt()), ChannelJson.instant(c.window().endsAt()), audience,
                capacity, coupon, c.couponBatch().isPresent() ? claimed : null);
    }

    private static CampaignSpecJson.CouponSpecJson coupon(CouponBatch b) {
        String face = b.face().code();
        String amount = b.face() instanceof CouponFace.AmountOff off ? off.amount().toString() : null;
        String percent = b.face() instanceof CouponFace.PercentOff p ? p.percent().toString() : null;
        String cap = b.face() instanceof CouponFace.PercentOff p ? p.cap().map(Money::toString).orElse(null) : null;
        Integer validDays = b.validity() instanceof ValidityRule.DaysAfterClaim d ? d.days() : null;
        List<String> merchants = b.participation() instanceof Participation.Listed l
                ? l.merchants().stream().map(MerchantNo::value).toList() : null;
        List<String> types = b.participation() instanceof Participation.OfBusinessTypes t
                ? t.businessTypes().stream().map(BusinessType::name).toList() : null;
        return new CampaignSpecJson.CouponSpecJson(face, b.threshold().toString(), amount, percent, cap, b.stock(),
                b.perBuyer(), validDays, merchants, types, b.mallShare().toString());
    }
}
