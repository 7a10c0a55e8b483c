package org.mallcrm.domain.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.campaign.CampaignFixtures.at;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.campaign.CouponBatch;
import org.mallcrm.domain.campaign.DiscountSplit;
import org.mallcrm.domain.campaign.MerchantStanding;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.fixtures.campaign.CampaignFixtures;

/**
 * Worked examples F1 and F2 of domain-rules.md §7 at the level of the domain: discounts and shares, the refusals a
 * coupon decides itself, the statement and the metrics. (Stock and per-buyer limits are the store's to keep under
 * concurrency: see the claim service and the coupon store contract.)
 */
class CouponF1F2Test {

    private final Campaign f1 = CampaignFixtures.f1Running();
    private final MerchantStanding m1 = CampaignFixtures.operating("M-0001");
    private final MerchantStanding m2 = CampaignFixtures.operating("M-0002");

    private Coupon coupon(long bits, String buyer, Instant at) {
        return Coupon.claim(CouponCode.fromBits(bits), f1, BuyerId.of(buyer), at);
    }

    private static Redemption redeemed(RedemptionOutcome o) {
        if (o instanceof RedemptionOutcome.Redeemed r) {
            return r.redemption();
        }
        throw new AssertionError("refused: " + ((RedemptionOutcome.Refused) o).refusal());
    }

    private static RedemptionRefusal refusal(RedemptionOutcome o) {
        return ((RedemptionOutcome.Refused) o).refusal().code();
    }

    @Test
    void f1_coupons_are_valid_for_the_window_through_the_end_of_its_last_local_day() {
        Coupon c = coupon(1, "b1", at("2026-10-02T09:00"));

        assertThat(c.validity().from()).isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
        assertThat(c.validity().expiresAt()).isEqualTo(Instant.parse("2026-10-07T16:00:00Z"));
        assertThat(c.validity().validUntil()).isEqualTo(at("2026-10-07T23:59:59"));
        assertThat(c.statusAt(at("2026-10-07T23:59:59.999999999"))).isEqualTo(CouponStatus.ISSUED);
        assertThat(c.statusAt(at("2026-10-08T00:00"))).isEqualTo(CouponStatus.EXPIRED);
    }

    @Test
    void f1_redemptions_and_refusals() {
        Coupon b1First = coupon(1, "b1", at("2026-10-01T09:00"));
        Coupon b1Second = coupon(2, "b1", at("2026-10-01T09:01"));
        Coupon b2Only = coupon(3, "b2", at("2026-10-01T10:00"));

        Redemption r1 = redeemed(b1First.redeem(f1, m1, Money.parse("1280.00"), Optional.of("SO-1"),
                at("2026-10-02T11:00")));
        assertThat(List.of(r1.discount(), r1.mallShare(), r1.merchantShare())).extracting(Money::toString)
                .containsExactly("50.00", "30.00", "20.00");
        assertThat(r1.no().value()).isEqualTo("RD-" + b1First.code() + "-1");

        assertThat(refusal(b1Second.redeem(f1, m2, Money.parse("499.99"), Optional.empty(), at("2026-10-03T10:00"))))
                .isEqualTo(RedemptionRefusal.BELOW_THRESHOLD);

        Redemption r2 = redeemed(b2Only.redeem(f1, m1, Money.parse("500.00"), Optional.empty(),
                at("2026-10-04T15:00")));
        assertThat(List.of(r2.discount(), r2.mallShare(), r2.merchantShare())).extracting(Money::toString)
                .containsExactly("50.00", "30.00", "20.00");
        assertThat(refusal(b2Only.redeemed().redeem(f1, m1, Money.parse("500.00"), Optional.empty(),
                at("2026-10-04T15:01")))).isEqualTo(RedemptionRefusal.ALREADY_REDEEMED);

        assertThat(refusal(b1Second.redeem(f1, m2, Money.parse("800.00"), Optional.empty(), at("2026-10-08T00:00"))))
                .isEqualTo(RedemptionRefusal.EXPIRED);

        DraftSubsidyStatement october = DraftSubsidyStatement.of(MerchantNo.of("M-0001"),
                java.time.YearMonth.of(2026, 10), List.of(r1, r2), List.of());
        assertThat(october.total()).isEqualTo(Money.parse("60.00"));

        MetricsTally tally = new MetricsTally();
        List.of(b1First, b1Second, b2Only).forEach(tally::claimed);
        List.of(r1, r2).forEach(tally::redeemed);
        CampaignMetrics m = tally.result();
        assertThat(m.claimed()).isEqualTo(3);
        assertThat(m.redeemed()).isEqualTo(2);
        assertThat(m.redemptionRatePct()).hasValueSatisfying(p -> assertThat(p.toPlainString()).isEqualTo("66.67"));
        assertThat(m.gmv()).isEqualTo(Money.parse("1780.00"));
        assertThat(m.discount()).isEqualTo(Money.parse("100.00"));
        assertThat(m.mallCost()).isEqualTo(Money.parse("60.00"));
        assertThat(m.merchantCost()).isEqualTo(Money.parse("40.00"));
        assertThat(m.roi()).hasValueSatisfying(r -> assertThat(r.toPlainString()).isEqualTo("29.67"));
        assertThat(m.buyers()).isEqualTo(2);
    }

    @Test
    void a_coupon_is_not_valid_before_its_validity_starts() {
        Coupon early = coupon(4, "b1", at("2026-09-30T20:00"));
        assertThat(refusal(early.redeem(f1, m1, Money.parse("600.00"), Optional.empty(), at("2026-09-30T23:59:59"))))
                .isEqualTo(RedemptionRefusal.NOT_YET_VALID);
        assertThat(early.redeem(f1, m1, Money.parse("600.00"), Optional.empty(), at("2026-10-01T00:00")))
                .isInstanceOf(RedemptionOutcome.Redeemed.class);
    }

    @Test
    void a_paper_redemption_dated_before_the_claim_is_not_yet_valid() {
        Coupon c = coupon(6, "b1", at("2026-10-03T09:00"));
        RedemptionOutcome o = c.redeem(f1, m1, Money.parse("600.00"), Optional.empty(), at("2026-10-02T09:00"));
        assertThat(refusal(o)).isEqualTo(RedemptionRefusal.NOT_YET_VALID);
        assertThat(((RedemptionOutcome.Refused) o).refusal().detail()).contains("claimed at");
    }

    @Test
    void a_merchant_without_a_live_lease_or_not_operating_does_not_take_part() {
        Coupon c = coupon(5, "b1", at("2026-10-01T09:00"));
        MerchantStanding noLease = MerchantStanding.of(MerchantNo.of("M-0003"), true, false, java.util.Set.of());
        MerchantStanding prospect = MerchantStanding.of(MerchantNo.of("M-0004"), false, true, java.util.Set.of());

        RedemptionOutcome o = c.redeem(f1, noLease, Money.parse("900.00"), Optional.empty(), at("2026-10-02T10:00"));
        assertThat(refusal(o)).isEqualTo(RedemptionRefusal.MERCHANT_NOT_PARTICIPATING);
        assertThat(((RedemptionOutcome.Refused) o).refusal().detail()).contains("no live lease");
        assertThat(refusal(c.redeem(f1, prospect, Money.parse("900.00"), Optional.empty(), at("2026-10-02T10:00"))))
                .isEqualTo(RedemptionRefusal.MERCHANT_NOT_PARTICIPATING);
    }

    @Test
    void f2_percent_off_is_rounded_half_up_then_capped_and_split_half_up() {
        CouponBatch f2 = CampaignFixtures.f2Batch();

        DiscountSplit big = f2.discountOn(Money.parse("1234.56"));
        assertThat(List.of(big.discount(), big.mallShare(), big.merchantShare())).extracting(Money::toString)
                .containsExactly("80.00", "48.00", "32.00");
        assertThat(CampaignFixtures.f2Face().discountOn(Money.parse("1234.56"))).isEqualTo(Money.parse("80.00"));
        assertThat(new org.mallcrm.domain.campaign.CouponFace.PercentOff(
                org.mallcrm.domain.channel.Percent.of(10), Optional.empty()).discountOn(Money.parse("1234.56")))
                .isEqualTo(Money.parse("123.46"));

        DiscountSplit small = f2.discountOn(Money.parse("555.55"));
        assertThat(List.of(small.discount(), small.mallShare(), small.merchantShare())).extracting(Money::toString)
                .containsExactly("55.56", "33.34", "22.22");
    }

    @Test
    void an_amount_off_never_exceeds_the_order() {
        CouponBatch noThreshold = new CouponBatch(new org.mallcrm.domain.campaign.CouponFace.AmountOff(
                Money.parse("50.00")), Money.ZERO, 1, 1, new org.mallcrm.domain.campaign.ValidityRule.WholeWindow(),
                new org.mallcrm.domain.campaign.Participation.AllOperating(), org.mallcrm.domain.channel.Percent.of(60));
        DiscountSplit s = noThreshold.discountOn(Money.parse("30.00"));
        assertThat(List.of(s.discount(), s.mallShare(), s.merchantShare())).extracting(Money::toString)
                .containsExactly("30.00", "18.00", "12.00");
    }
}
