package org.mallcrm.adapters.http.coupon;

import java.math.BigDecimal;
import java.util.List;
import org.mallcrm.application.coupon.port.in.CampaignStatsUseCase.CampaignStats;
import org.mallcrm.domain.coupon.CampaignMetrics;

/**
 * A campaign's figures ({@code campaigns stats}, contract.md): the whole campaign's at the top level, then the same
 * per merchant and per local day. Money and percentages are strings; the rate and the ROI are null when they have
 * no denominator (nothing claimed; no mall cost).
 */
public record CampaignStatsJson(
        String campaignNo,
        long claimed,
        long redeemed,
        String redemptionRatePct,
        long buyers,
        String gmv,
        String discount,
        String mallCost,
        String merchantCost,
        String roi,
        long signups,
        long attended,
        List<MerchantJson> byMerchant,
        List<DayJson> byDay) {

    public record MerchantJson(String merchantNo, long redeemed, long buyers, String gmv, String discount,
            String mallCost, String merchantCost, String roi) {
    }

    public record DayJson(String day, long claimed, long redeemed, long buyers, String gmv, String discount,
            String mallCost, String merchantCost, long signups, long attended) {
    }

    private static String text(java.util.Optional<BigDecimal> v) {
        return v.map(BigDecimal::toPlainString).orElse(null);
    }

    public static CampaignStatsJson of(CampaignStats s) {
        CampaignMetrics m = s.overall();
        List<MerchantJson> merchants = s.byMerchant().entrySet().stream().map(e -> {
            CampaignMetrics x = e.getValue();
            return new MerchantJson(e.getKey().value(), x.redeemed(), x.buyers(), x.gmv().toString(),
                    x.discount().toString(), x.mallCost().toString(), x.merchantCost().toString(), text(x.roi()));
        }).toList();
        List<DayJson> days = s.byDay().entrySet().stream().map(e -> {
            CampaignMetrics x = e.getValue();
            return new DayJson(e.getKey().toString(), x.claimed(), x.redeemed(), x.buyers(), x.gmv().toString(),
                    x.discount().toString(), x.mallCost().toString(), x.merchantCost().toString(), x.signups(),
                    x.attended());
        }).toList();
        return new CampaignStatsJson(s.campaign().value(), m.claimed(), m.redeemed(), text(m.redemptionRatePct()),
                m.buyers(), m.gmv().toString(), m.discount().toString(), m.mallCost().toString(),
                m.merchantCost().toString(), text(m.roi()), m.signups(), m.attended(), merchants, days);
    }
}
