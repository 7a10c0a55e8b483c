package org.mallcrm.application.coupon.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mallcrm.application.campaign.port.out.Campaigns;
import org.mallcrm.application.campaign.port.out.Signups;
import org.mallcrm.application.coupon.port.in.CampaignStatsUseCase;
import org.mallcrm.application.coupon.port.out.Coupons;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.Signup;
import org.mallcrm.domain.coupon.CampaignMetrics;
import org.mallcrm.domain.coupon.MetricsTally;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.time.MallTime;

/** A campaign's metrics, streamed from its coupons, redemptions and sign-ups in one pass each. */
public final class CampaignStatsService implements CampaignStatsUseCase {

    private final Campaigns campaigns;
    private final Coupons coupons;
    private final Signups signups;

    public CampaignStatsService(Campaigns campaigns, Coupons coupons, Signups signups) {
        this.campaigns = campaigns;
        this.coupons = coupons;
        this.signups = signups;
    }

    @Override
    public Optional<CampaignStats> stats(CampaignNo no) {
        if (campaigns.find(no).isEmpty()) {
            return Optional.empty();
        }
        MetricsTally overall = new MetricsTally();
        Map<MerchantNo, MetricsTally> byMerchant = new TreeMap<>();
        Map<LocalDate, MetricsTally> byDay = new TreeMap<>();
        coupons.forEachCoupon(no, c -> {
            overall.claimed(c);
            byDay.computeIfAbsent(MallTime.dayOf(c.claimedAt()), d -> new MetricsTally()).claimed(c);
        });
        coupons.forEachRedemption(no, r -> {
            overall.redeemed(r);
            byMerchant.computeIfAbsent(r.merchant(), m -> new MetricsTally()).redeemed(r);
            byDay.computeIfAbsent(r.day(), d -> new MetricsTally()).redeemed(r);
        });
        for (Signup s : signups.ofCampaign(no)) {
            overall.signedUp(s);
            overall.attended(s);
            byDay.computeIfAbsent(MallTime.dayOf(s.signedUpAt()), d -> new MetricsTally()).signedUp(s);
            s.attendedAt().ifPresent(a -> byDay.computeIfAbsent(MallTime.dayOf(a), d -> new MetricsTally()).attended(s));
        }
        TreeMap<MerchantNo, CampaignMetrics> merchants = new TreeMap<>();
        byMerchant.forEach((m, t) -> merchants.put(m, t.result()));
        TreeMap<LocalDate, CampaignMetrics> days = new TreeMap<>();
        byDay.forEach((d, t) -> days.put(d, t.result()));
        return Optional.of(new CampaignStats(no, overall.result(), merchants, days));
    }
}
