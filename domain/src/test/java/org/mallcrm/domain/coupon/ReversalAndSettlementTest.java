package org.mallcrm.domain.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mallcrm.fixtures.campaign.CampaignFixtures.at;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.channel.StatementStatus;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.fixtures.campaign.CampaignFixtures;

class ReversalAndSettlementTest {

    private final Campaign f1 = CampaignFixtures.running("C-AUTUMN", "2026-10-01T00:00", "2026-11-30T23:59:59");
    private final Reverser merchant = Reverser.merchant(MerchantNo.of("M-0001"));

    private Redemption redemption(long bits, String order, String when) {
        Coupon c = Coupon.claim(CouponCode.fromBits(bits), f1, BuyerId.of("b1"), at("2026-10-01T08:00"));
        return ((RedemptionOutcome.Redeemed) c.redeem(f1, CampaignFixtures.operating("M-0001"), Money.parse(order),
                Optional.empty(), at(when))).redemption();
    }

    @Test
    void a_redemption_may_be_reversed_within_24_hours_once() {
        Redemption r = redemption(1, "1280.00", "2026-10-02T11:00");

        ReversalOutcome ok = r.reverse(at("2026-10-03T11:00"), merchant, ReversalPolicy.DEFAULTS);
        assertThat(ok).isInstanceOf(ReversalOutcome.Reversed.class);
        Redemption reversed = ((ReversalOutcome.Reversed) ok).redemption();
        assertThat(reversed.isReversed()).isTrue();

        ReversalOutcome again = reversed.reverse(at("2026-10-03T11:30"), merchant, ReversalPolicy.DEFAULTS);
        assertThat(((ReversalOutcome.Refused) again).refusal().code()).isEqualTo(ReversalRefusal.ALREADY_REVERSED);
    }

    @Test
    void a_reversal_after_the_window_is_refused_and_the_window_is_a_setting() {
        Redemption r = redemption(2, "1280.00", "2026-10-02T11:00");

        ReversalOutcome late = r.reverse(at("2026-10-03T11:00:01"), merchant, ReversalPolicy.DEFAULTS);
        assertThat(((ReversalOutcome.Refused) late).refusal().code()).isEqualTo(ReversalRefusal.REVERSAL_WINDOW_CLOSED);
        assertThat(r.reverse(at("2026-10-03T11:00:01"), merchant, new ReversalPolicy(Duration.ofHours(48))))
                .isInstanceOf(ReversalOutcome.Reversed.class);
        assertThatThrownBy(() -> r.reverse(at("2026-10-02T10:59"), merchant, ReversalPolicy.DEFAULTS))
                .hasMessageContaining("before the redemption");
    }

    @Test
    void a_reinstated_coupon_is_issued_while_valid_and_expired_after() {
        Coupon c = Coupon.claim(CouponCode.fromBits(3), f1, BuyerId.of("b1"), at("2026-10-01T08:00")).redeemed();
        Coupon back = c.reinstated();

        assertThat(back.statusAt(at("2026-11-30T12:00"))).isEqualTo(CouponStatus.ISSUED);
        assertThat(back.statusAt(at("2026-12-01T00:00:01"))).isEqualTo(CouponStatus.EXPIRED);
        assertThat(back.nextRedemptionNo().value()).endsWith("-2");
    }

    @Test
    void a_statement_counts_the_merchants_standing_redemptions_of_the_month_and_its_adjustments() {
        Redemption oct = redemption(4, "1280.00", "2026-10-31T23:59:59");
        Redemption nov = redemption(5, "600.00", "2026-11-01T00:00");
        Redemption reversed = ((ReversalOutcome.Reversed) redemption(6, "700.00", "2026-10-05T10:00")
                .reverse(at("2026-10-05T12:00"), merchant, ReversalPolicy.DEFAULTS)).redemption();
        SubsidyAdjustment back = new SubsidyAdjustment(MerchantNo.of("M-0001"), YearMonth.of(2026, 9),
                YearMonth.of(2026, 10), RedemptionNo.of("RD-X-1"), Money.parse("-12.00"), "reversed late",
                at("2026-10-01T01:00"));

        DraftSubsidyStatement s = DraftSubsidyStatement.of(MerchantNo.of("M-0001"), YearMonth.of(2026, 10),
                List.of(oct, nov, reversed), List.of(back));

        assertThat(s.lines()).extracting(SubsidyLine::redemption).containsExactly(oct.no());
        assertThat(s.linesTotal()).isEqualTo(Money.parse("30.00"));
        assertThat(s.total()).isEqualTo(Money.parse("18.00"));
        assertThat(s.status()).isEqualTo(StatementStatus.DRAFT);

        ClosedSubsidyStatement closed = s.close(at("2026-11-02T09:00"), SettlementMethod.PAY_OUT, Optional.empty());
        assertThat(closed.total()).isEqualTo(Money.parse("18.00"));
        assertThat(closed.status()).isEqualTo(StatementStatus.CLOSED);
    }

    @Test
    void an_adjustment_is_posted_on_a_later_month() {
        Redemption r = redemption(7, "1280.00", "2026-10-02T11:00");
        assertThatThrownBy(() -> SubsidyAdjustment.reversal(r, YearMonth.of(2026, 10), at("2026-11-02T10:00")))
                .hasMessageContaining("later month");
        assertThat(SubsidyAdjustment.reversal(r, YearMonth.of(2026, 11), at("2026-11-02T10:00")).amount())
                .isEqualTo(Money.parse("-30.00"));
    }

    @Test
    void metrics_without_claims_or_mall_cost_have_no_rate_and_no_roi() {
        MetricsTally t = new MetricsTally();
        CampaignMetrics m = t.result();
        assertThat(m.redemptionRatePct()).isEmpty();
        assertThat(m.roi()).isEmpty();
        assertThat(m.gmv()).isEqualTo(Money.ZERO);
    }
}
