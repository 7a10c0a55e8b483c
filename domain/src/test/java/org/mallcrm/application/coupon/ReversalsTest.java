package org.mallcrm.application.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.coupon.MarketingWorld.at;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.campaign.port.in.CampaignSpec;
import org.mallcrm.application.coupon.port.in.ReverseRedemptionUseCase.ReverseCommand;
import org.mallcrm.application.coupon.port.in.ReverseRedemptionUseCase.ReverseOutcome;
import org.mallcrm.application.coupon.port.in.SubsidyUseCases.SubsidyCloseOutcome;
import org.mallcrm.domain.coupon.Coupon;
import org.mallcrm.domain.coupon.CouponStatus;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.coupon.ReversalPolicy;
import org.mallcrm.domain.coupon.ReversalRefusal;
import org.mallcrm.domain.coupon.Reverser;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.fixtures.coupon.MarketingWorld;

class ReversalsTest {

    private final MarketingWorld w = new MarketingWorld("2026-09-30T12:00");
    private static final MerchantNo M1 = MerchantNo.of("M-0001");

    @BeforeEach
    void scene() {
        w.merchantWithLease("M-0001", "女装", "2026-01-01", "2026-12-31");
        w.merchantWithLease("M-0002", "女装", "2026-01-01", "2026-12-31");
        w.buyer("b1", 1);
        w.runningCampaign(new CampaignSpec("C-AUTUMN", "秋季满减", "COUPON", "2026-10-01T00:00:00+08:00",
                "2026-11-30T23:59:59+08:00", CampaignSpec.AudienceSpec.EVERYONE, null,
                new CampaignSpec.CouponSpec("AMOUNT_OFF", "500.00", "50.00", null, null, 100, 5, null, null, null,
                        "60")));
    }

    private ReverseOutcome reverse(Redemption r, Reverser by, String at) {
        return w.reversals.reverse(new ReverseCommand(r.no(), by, Optional.of(at(at))));
    }

    @Test
    void a_reversal_within_24_hours_makes_the_coupon_usable_again() {
        Coupon c = w.claim("C-AUTUMN", "b1", "2026-10-01T09:00");
        Redemption r = w.redeemed(c, "M-0001", "800.00", "2026-10-02T10:00");

        ReverseOutcome o = reverse(r, Reverser.merchant(M1), "2026-10-03T10:00");

        ReverseOutcome.Reversed done = (ReverseOutcome.Reversed) o;
        assertThat(done.coupon()).isEqualTo(CouponStatus.ISSUED);
        assertThat(done.adjustment()).isEmpty();
        assertThat(w.coupons.findRedemption(r.no()).orElseThrow().isReversed()).isTrue();
        Redemption again = w.redeemed(c, "M-0002", "900.00", "2026-10-04T10:00");
        assertThat(again.no().value()).isEqualTo("RD-" + c.code().value() + "-2");
        assertThat(((ReverseOutcome.Refused) reverse(r, Reverser.staff("admin"), "2026-10-03T10:30")).refusal().code())
                .isEqualTo(ReversalRefusal.ALREADY_REVERSED);
        assertThat(w.subsidies.statement(M1, YearMonth.of(2026, 10)).total()).isEqualTo(Money.ZERO);
    }

    @Test
    void a_reversal_after_24_hours_is_refused_unless_the_mall_allows_longer() {
        Redemption r = w.redeemed(w.claim("C-AUTUMN", "b1", "2026-10-01T09:00"), "M-0001", "800.00",
                "2026-10-02T10:00");

        ReverseOutcome late = reverse(r, Reverser.merchant(M1), "2026-10-03T10:00:01");
        assertThat(((ReverseOutcome.Refused) late).refusal().code()).isEqualTo(ReversalRefusal.REVERSAL_WINDOW_CLOSED);

        w.reversalPolicy = new ReversalPolicy(Duration.ofHours(48));
        assertThat(reverse(r, Reverser.merchant(M1), "2026-10-03T10:00:01")).isInstanceOf(ReverseOutcome.Reversed.class);
    }

    @Test
    void another_merchant_cannot_see_the_redemption_but_staff_may_reverse_it() {
        Redemption r = w.redeemed(w.claim("C-AUTUMN", "b1", "2026-10-01T09:00"), "M-0001", "800.00",
                "2026-10-02T10:00");

        assertThat(reverse(r, Reverser.merchant(MerchantNo.of("M-0002")), "2026-10-02T11:00"))
                .isInstanceOf(ReverseOutcome.NotFound.class);
        assertThat(reverse(r, Reverser.staff("客服部 王"), "2026-10-02T11:00")).isInstanceOf(ReverseOutcome.Reversed.class);
        assertThat(reverse(r, Reverser.staff("x"), "2026-10-02T09:00")).isInstanceOf(ReverseOutcome.Invalid.class);
    }

    @Test
    void a_coupon_past_its_validity_comes_back_expired() {
        Redemption r = w.redeemed(w.claim("C-AUTUMN", "b1", "2026-10-01T09:00"), "M-0001", "800.00",
                "2026-11-30T23:00");
        ReverseOutcome.Reversed o = (ReverseOutcome.Reversed) reverse(r, Reverser.merchant(M1), "2026-12-01T08:00");
        assertThat(o.coupon()).isEqualTo(CouponStatus.EXPIRED);
    }

    @Test
    void a_reversal_after_the_month_is_closed_comes_off_the_next_statement() {
        Redemption r = w.redeemed(w.claim("C-AUTUMN", "b1", "2026-10-01T09:00"), "M-0001", "800.00",
                "2026-10-31T22:00");
        w.now("2026-11-01T08:00");
        SubsidyCloseOutcome closed = w.subsidies.close(M1, YearMonth.of(2026, 10));
        assertThat(((SubsidyCloseOutcome.Closed) closed).statement().total()).isEqualTo(Money.parse("30.00"));

        ReverseOutcome.Reversed o = (ReverseOutcome.Reversed) reverse(r, Reverser.merchant(M1), "2026-11-01T09:00");

        assertThat(o.adjustment()).hasValueSatisfying(a -> {
            assertThat(a.amount()).isEqualTo(Money.parse("-30.00"));
            assertThat(a.correctedMonth()).isEqualTo(YearMonth.of(2026, 10));
            assertThat(a.postedMonth()).isEqualTo(YearMonth.of(2026, 11));
        });
        assertThat(w.subsidies.statement(M1, YearMonth.of(2026, 10)).total()).isEqualTo(Money.parse("30.00"));
        assertThat(w.subsidies.statement(M1, YearMonth.of(2026, 11)).total()).isEqualTo(Money.parse("-30.00"));
        assertThat(w.statements.locks()).isPositive();
    }

    @Test
    void a_paper_redemption_recorded_into_a_closed_month_is_added_to_the_next_statement() {
        Coupon c = w.claim("C-AUTUMN", "b1", "2026-10-01T09:00");
        w.now("2026-11-02T08:00");
        w.subsidies.close(M1, YearMonth.of(2026, 10));

        w.redeemed(c, "M-0001", "800.00", "2026-10-20T15:00");

        assertThat(w.subsidies.statement(M1, YearMonth.of(2026, 10)).total()).isEqualTo(Money.ZERO);
        assertThat(w.subsidies.statement(M1, YearMonth.of(2026, 11)).total()).isEqualTo(Money.parse("30.00"));
    }
}
