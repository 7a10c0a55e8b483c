package org.mallcrm.adapters.http;

import java.util.Optional;
import org.mallcrm.adapters.http.coupon.MarketingRoutes;
import org.mallcrm.application.campaign.port.in.CampaignSpec;
import org.mallcrm.application.campaign.port.in.SignupUseCases;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.coupon.Coupon;
import org.mallcrm.fixtures.coupon.MarketingWorld;

/** The buyer, campaign and coupon use cases of the API over a {@link MarketingWorld} of in-memory stores. */
final class MarketingApiFixture {

    private MarketingApiFixture() {
    }

    static MarketingRoutes.UseCases useCases(MarketingWorld w) {
        return new MarketingRoutes.UseCases(w.registration, w.buyerQueries, w.buyerQueries, w.rfm, w.campaignService,
                w.signupService, w.claims, w.redemptions, w.reversals, w.couponQueries, w.stats, w.subsidies,
                w.coupons::claimed, m -> w.merchants.find(m).isPresent());
    }

    /** An empty mall at 2026-10-03 10:00 Beijing time. */
    static MarketingRoutes.UseCases empty() {
        return useCases(new MarketingWorld("2026-10-03T10:00"));
    }

    /** What the route × role walk acts on. */
    record Walk(MarketingWorld world, String couponCode, String shownRedemption, String reversedRedemption) {
    }

    /**
     * At 2026-10-03 10:00: buyers B-0001 (the walking buyer) and B-0002; M-0001 and M-0002 operating with leases;
     * C-RUN running (满500减50, stock 1000, 100 per buyer), event E-1 published for 10-20; B-0001 holds coupons,
     * M-0001 redeemed two of them (one to show, one to reverse).
     */
    static Walk walk() {
        MarketingWorld w = new MarketingWorld("2026-10-03T10:00");
        w.buyer("B-0001", "13900000001", "浙江", "女装");
        w.buyer("B-0002", "13900000002", "江苏", "男装");
        w.merchantWithLease("M-0001", "女装", "2026-01-01", "2027-12-31");
        w.merchantWithLease("M-0002", "男装", "2026-01-01", "2027-12-31");
        w.runningCampaign(new CampaignSpec("C-RUN", "国庆满减", "COUPON", "2026-10-01T00:00:00+08:00",
                "2026-10-07T23:59:59+08:00", CampaignSpec.AudienceSpec.EVERYONE, null,
                new CampaignSpec.CouponSpec("AMOUNT_OFF", "500.00", "50.00", null, null, 1000, 100, null, null, null,
                        "60")));
        w.runningCampaign(new CampaignSpec("E-1", "秋季订货会", "EVENT", "2026-10-20T09:00:00+08:00",
                "2026-10-20T18:00:00+08:00", CampaignSpec.AudienceSpec.EVERYONE, 50, null));
        Coupon shown = w.claim("C-RUN", "B-0001", "2026-10-02T09:00");
        Coupon reversed = w.claim("C-RUN", "B-0001", "2026-10-02T09:01");
        Coupon held = w.claim("C-RUN", "B-0001", "2026-10-02T09:02");
        String r1 = w.redeemed(shown, "M-0001", "800.00", "2026-10-03T09:00").no().value();
        String r2 = w.redeemed(reversed, "M-0001", "600.00", "2026-10-03T09:30").no().value();
        w.signupService.signUp(new SignupUseCases.SignupCommand(CampaignNo.of("E-1"), BuyerId.of("B-0002"),
                Optional.empty()));
        return new Walk(w, held.code().value(), r1, r2);
    }
}
