package org.mallcrm.application.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.coupon.MarketingWorld.at;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.coupon.port.in.RedeemCouponUseCase.RedeemCommand;
import org.mallcrm.application.coupon.port.in.RedeemCouponUseCase.RedeemOutcome;
import org.mallcrm.application.coupon.port.out.Coupons;
import org.mallcrm.domain.coupon.Coupon;
import org.mallcrm.domain.coupon.CouponCode;
import org.mallcrm.domain.coupon.CouponStatus;
import org.mallcrm.domain.coupon.RedemptionRefusal;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.fixtures.coupon.MarketingWorld;

/** The bad input and refusals issue 9 lists for redemptions. */
class RedemptionRefusalsTest {

    private final MarketingWorld w = new MarketingWorld("2026-09-30T12:00");
    private Coupon coupon;

    @BeforeEach
    void scene() {
        w.merchantWithLease("M-0001", "女装", "2026-01-01", "2026-12-31");
        w.merchantWithLease("M-0009", "女装", "2025-01-01", "2025-12-31");
        w.buyer("b1", 1);
        w.runningCampaign(MarketingWorld.f1Spec());
        coupon = w.claim("C-2026-10", "b1", "2026-10-01T09:00");
    }

    private RedeemOutcome redeem(String code, String merchant, String amount, String at) {
        return w.redemptions.redeem(new RedeemCommand(code, MerchantNo.of(merchant), amount, Optional.empty(),
                Optional.of(at(at))));
    }

    private static RedemptionRefusal refusal(RedeemOutcome o) {
        return ((RedeemOutcome.Refused) o).refusal().code();
    }

    private static String invalidField(RedeemOutcome o) {
        return ((RedeemOutcome.Invalid) o).errors().get(0).column();
    }

    @Test
    void a_malformed_code_is_bad_input_and_a_guessed_one_is_unknown() {
        assertThat(invalidField(redeem("12345", "M-0001", "600.00", "2026-10-02T10:00"))).isEqualTo("coupon_code");
        String v = coupon.code().value();
        String typo = v.substring(0, 5) + (v.charAt(5) == 'A' ? 'B' : 'A') + v.substring(6);
        RedeemOutcome mistyped = redeem(typo, "M-0001", "600.00", "2026-10-02T10:00");
        assertThat(invalidField(mistyped)).isEqualTo("coupon_code");
        assertThat(((RedeemOutcome.Invalid) mistyped).errors().get(0).reason()).contains("check character");

        CouponCode guessed = CouponCode.fromBits(0x5EED_5EED_5EED_5EEDL);
        assertThat(refusal(redeem(guessed.value(), "M-0001", "600.00", "2026-10-02T10:00")))
                .isEqualTo(RedemptionRefusal.UNKNOWN_CODE);
    }

    @Test
    void an_order_amount_with_three_decimals_or_not_positive_is_bad_input() {
        String code = coupon.code().grouped();
        assertThat(invalidField(redeem(code, "M-0001", "600.001", "2026-10-02T10:00"))).isEqualTo("order_amount");
        assertThat(invalidField(redeem(code, "M-0001", "-600.00", "2026-10-02T10:00"))).isEqualTo("order_amount");
        assertThat(invalidField(redeem(code, "M-0001", "0", "2026-10-02T10:00"))).isEqualTo("order_amount");
        assertThat(invalidField(redeem(code, "M-0001", "六百", "2026-10-02T10:00"))).isEqualTo("order_amount");
        RedeemOutcome both = redeem("x", "M-0001", "1.234", "2026-10-02T10:00");
        assertThat(((RedeemOutcome.Invalid) both).errors()).extracting(e -> e.column())
                .containsExactly("coupon_code", "order_amount");
        assertThat(w.coupons.find(coupon.code()).orElseThrow().status()).isEqualTo(CouponStatus.ISSUED);
    }

    @Test
    void one_second_after_validity_ends_the_coupon_is_expired() {
        assertThat(redeem(coupon.code().value(), "M-0001", "600.00", "2026-10-07T23:59:59"))
                .isInstanceOf(RedeemOutcome.Redeemed.class);
        Coupon other = w.claim("C-2026-10", "b1", "2026-10-01T09:01");
        assertThat(refusal(redeem(other.code().value(), "M-0001", "600.00", "2026-10-08T00:00:00")))
                .isEqualTo(RedemptionRefusal.EXPIRED);
        assertThat(w.couponQueries.coupons(new Coupons.CouponFilter(Optional.empty(), Optional.empty(),
                Optional.of(CouponStatus.EXPIRED)), null, 10).items()).isEmpty();
        w.now("2026-10-08T00:00:01");
        assertThat(w.couponQueries.coupon(other.code()).orElseThrow().status()).isEqualTo(CouponStatus.EXPIRED);
    }

    @Test
    void a_merchant_without_a_live_lease_does_not_take_part_and_an_unknown_one_is_not_found() {
        RedeemOutcome o = redeem(coupon.code().value(), "M-0009", "600.00", "2026-10-02T10:00");
        assertThat(refusal(o)).isEqualTo(RedemptionRefusal.MERCHANT_NOT_PARTICIPATING);
        assertThat(((RedeemOutcome.Refused) o).refusal().detail()).contains("no live lease");
        assertThat(redeem(coupon.code().value(), "M-4040", "600.00", "2026-10-02T10:00"))
                .isInstanceOf(RedeemOutcome.NotFound.class);
    }

    @Test
    void a_merchant_sees_only_its_own_redemptions() {
        w.merchantWithLease("M-0002", "女装", "2026-01-01", "2026-12-31");
        var r = ((RedeemOutcome.Redeemed) redeem(coupon.code().value(), "M-0001", "600.00", "2026-10-02T10:00"))
                .redemption();
        assertThat(w.couponQueries.redemption(r.no(), Optional.of(MerchantNo.of("M-0001")))).isPresent();
        assertThat(w.couponQueries.redemption(r.no(), Optional.of(MerchantNo.of("M-0002")))).isEmpty();
        assertThat(w.couponQueries.redemption(r.no(), Optional.empty())).isPresent();
        assertThat(w.couponQueries.redemptions(new Coupons.RedemptionFilter(Optional.of(MerchantNo.of("M-0002")),
                Optional.empty(), Optional.empty()), null, 10).items()).isEmpty();
    }
}
