package org.mallcrm.application.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.coupon.MarketingWorld.at;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.coupon.port.in.CampaignStatsUseCase.CampaignStats;
import org.mallcrm.application.coupon.port.in.ClaimCouponUseCase.ClaimCommand;
import org.mallcrm.application.coupon.port.in.ClaimCouponUseCase.ClaimOutcome;
import org.mallcrm.application.coupon.port.in.RedeemCouponUseCase.RedeemOutcome;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.ClaimRefusal;
import org.mallcrm.domain.coupon.CampaignMetrics;
import org.mallcrm.domain.coupon.Coupon;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.coupon.RedemptionRefusal;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.fixtures.coupon.MarketingWorld;

/** Worked example F1 of domain-rules.md §7 through the use cases, with the exact figures. */
class CouponsF1Test {

    private final MarketingWorld w = new MarketingWorld("2026-09-30T12:00");
    private static final CampaignNo F1 = CampaignNo.of("C-2026-10");

    @BeforeEach
    void scene() {
        w.merchantWithLease("M-0001", "女装", "2026-01-01", "2026-12-31");
        w.merchantWithLease("M-0002", "男装", "2026-01-01", "2026-12-31");
        w.buyer("b1", 1);
        w.buyer("b2", 2);
        w.buyer("b3", 3);
        w.runningCampaign(MarketingWorld.f1Spec());
        w.now("2026-10-09T10:00");
    }

    private ClaimOutcome claim(String buyer, String at) {
        return w.claims.claim(new ClaimCommand(F1, BuyerId.of(buyer), Optional.of(at(at))));
    }

    private static ClaimRefusal refusal(ClaimOutcome o) {
        return ((ClaimOutcome.Refused) o).refusal().code();
    }

    private static RedemptionRefusal refusal(RedeemOutcome o) {
        return ((RedeemOutcome.Refused) o).refusal().code();
    }

    @Test
    void f1_claims_redemptions_settlement_and_metrics() {
        Coupon b1First = w.claim("C-2026-10", "b1", "2026-10-01T09:00");
        Coupon b1Second = w.claim("C-2026-10", "b1", "2026-10-01T09:05");
        assertThat(refusal(claim("b1", "2026-10-01T09:10"))).isEqualTo(ClaimRefusal.PER_BUYER_LIMIT);
        Coupon b2Only = w.claim("C-2026-10", "b2", "2026-10-01T10:00");
        assertThat(refusal(claim("b3", "2026-10-01T11:00"))).isEqualTo(ClaimRefusal.OUT_OF_STOCK);

        Redemption first = w.redeemed(b1First, "M-0001", "1280.00", "2026-10-02T11:00");
        assertThat(List.of(first.discount(), first.mallShare(), first.merchantShare())).extracting(Money::toString)
                .containsExactly("50.00", "30.00", "20.00");
        assertThat(refusal(w.redeem(b1Second, "M-0002", "499.99", "2026-10-03T15:00")))
                .isEqualTo(RedemptionRefusal.BELOW_THRESHOLD);
        Redemption second = w.redeemed(b2Only, "M-0001", "500.00", "2026-10-05T16:00");
        assertThat(List.of(second.discount(), second.mallShare(), second.merchantShare())).extracting(Money::toString)
                .containsExactly("50.00", "30.00", "20.00");
        assertThat(refusal(w.redeem(b2Only, "M-0001", "500.00", "2026-10-05T16:01")))
                .isEqualTo(RedemptionRefusal.ALREADY_REDEEMED);
        assertThat(refusal(w.redeem(b1Second, "M-0002", "800.00", "2026-10-08T00:00")))
                .isEqualTo(RedemptionRefusal.EXPIRED);

        assertThat(w.subsidies.statement(MerchantNo.of("M-0001"), YearMonth.of(2026, 10)).total())
                .isEqualTo(Money.parse("60.00"));
        assertThat(w.subsidies.statement(MerchantNo.of("M-0002"), YearMonth.of(2026, 10)).total())
                .isEqualTo(Money.ZERO);

        CampaignStats stats = w.stats.stats(F1).orElseThrow();
        CampaignMetrics m = stats.overall();
        assertThat(m.claimed()).isEqualTo(3);
        assertThat(m.redeemed()).isEqualTo(2);
        assertThat(m.redemptionRatePct().orElseThrow().toPlainString()).isEqualTo("66.67");
        assertThat(m.gmv()).isEqualTo(Money.parse("1780.00"));
        assertThat(m.discount()).isEqualTo(Money.parse("100.00"));
        assertThat(m.mallCost()).isEqualTo(Money.parse("60.00"));
        assertThat(m.merchantCost()).isEqualTo(Money.parse("40.00"));
        assertThat(m.roi().orElseThrow().toPlainString()).isEqualTo("29.67");
        assertThat(m.buyers()).isEqualTo(2);

        assertThat(stats.byMerchant()).containsOnlyKeys(MerchantNo.of("M-0001"));
        assertThat(stats.byMerchant().get(MerchantNo.of("M-0001")).gmv()).isEqualTo(Money.parse("1780.00"));
        assertThat(stats.byMerchant().get(MerchantNo.of("M-0001")).redemptionRatePct()).isEmpty();
        assertThat(stats.byDay().get(LocalDate.parse("2026-10-01")).claimed()).isEqualTo(3);
        assertThat(stats.byDay().get(LocalDate.parse("2026-10-02")).gmv()).isEqualTo(Money.parse("1280.00"));
        assertThat(stats.byDay().get(LocalDate.parse("2026-10-05")).roi().orElseThrow().toPlainString())
                .isEqualTo("16.67");
    }

    @Test
    void an_unregistered_buyer_and_a_campaign_not_running_are_refused() {
        assertThat(refusal(claim("anonymous-9", "2026-10-01T09:00"))).isEqualTo(ClaimRefusal.UNKNOWN_BUYER);
        assertThat(refusal(claim("b1", "2026-10-08T00:00"))).isEqualTo(ClaimRefusal.NOT_RUNNING);
        w.now("2026-10-02T10:00");
        w.campaignService.pause(F1);
        assertThat(refusal(claim("b1", "2026-10-02T10:00"))).isEqualTo(ClaimRefusal.NOT_RUNNING);
        assertThat(w.claims.claim(new ClaimCommand(CampaignNo.of("NOPE"), BuyerId.of("b1"), Optional.empty())))
                .isInstanceOf(ClaimOutcome.NotFound.class);
    }

    @Test
    void a_coupon_claimed_before_the_window_opens_is_not_yet_valid() {
        Coupon early = w.claim("C-2026-10", "b1", "2026-09-30T20:00");
        assertThat(refusal(w.redeem(early, "M-0001", "600.00", "2026-09-30T23:59:59")))
                .isEqualTo(RedemptionRefusal.NOT_YET_VALID);
        assertThat(w.redeem(early, "M-0001", "600.00", "2026-10-01T00:00")).isInstanceOf(RedeemOutcome.Redeemed.class);
    }
}
