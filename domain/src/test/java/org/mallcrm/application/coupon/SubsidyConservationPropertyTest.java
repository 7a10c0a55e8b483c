package org.mallcrm.application.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.mallcrm.application.campaign.port.in.CampaignSpec;
import org.mallcrm.application.coupon.port.in.ClaimCouponUseCase;
import org.mallcrm.application.coupon.port.in.RedeemCouponUseCase;
import org.mallcrm.application.coupon.port.in.ReverseRedemptionUseCase;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.coupon.Reverser;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.time.MallTime;
import org.mallcrm.fixtures.coupon.MarketingWorld;

/**
 * Whatever happens — redemptions, reversals in and out of the window, months closed as they end, paper records
 * into closed months — the subsidy statements of all months together owe exactly the mall's shares of the
 * redemptions that stand.
 */
class SubsidyConservationPropertyTest {

    private static final MerchantNo M1 = MerchantNo.of("M-0001");

    @Property(tries = 25)
    void statements_together_owe_the_mall_shares_of_the_standing_redemptions(@ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        MarketingWorld w = new MarketingWorld("2026-09-30T12:00");
        w.merchantWithLease("M-0001", "女装", "2026-01-01", "2027-12-31");
        w.buyer("b1", 1);
        w.runningCampaign(new CampaignSpec("C-Q4", "四季度", "COUPON", "2026-10-01T00:00:00+08:00",
                "2026-12-31T23:59:59+08:00", CampaignSpec.AudienceSpec.EVERYONE, null,
                new CampaignSpec.CouponSpec("PERCENT_OFF", null, null, "10", null, 10_000, 10_000, null, null, null,
                        "37")));
        Instant t = MarketingWorld.at("2026-10-01T08:00");
        List<Redemption> made = new ArrayList<>();
        for (int step = 0; step < 40 && t.isBefore(MarketingWorld.at("2026-12-31T20:00")); step++) {
            t = t.plus(Duration.ofHours(1 + rng.nextInt(60)));
            w.clock.set(t);
            int action = rng.nextInt(10);
            if (action < 6) {
                Instant at = rng.nextInt(5) == 0 ? t.minus(Duration.ofDays(rng.nextInt(40))) : t;
                if (at.isBefore(MarketingWorld.at("2026-10-01T00:00"))) {
                    at = MarketingWorld.at("2026-10-01T00:00");
                }
                var claimed = (ClaimCouponUseCase.ClaimOutcome.Claimed) w.claims.claim(
                        new ClaimCouponUseCase.ClaimCommand(CampaignNo.of("C-Q4"), BuyerId.of("b1"), Optional.of(at)));
                var o = w.redemptions.redeem(new RedeemCouponUseCase.RedeemCommand(claimed.coupon().code().value(),
                        M1, Money.ofFen(1 + rng.nextLong(500_000)).toString(), Optional.empty(), Optional.of(at)));
                made.add(((RedeemCouponUseCase.RedeemOutcome.Redeemed) o).redemption());
            } else if (action < 8 && !made.isEmpty()) {
                Redemption r = made.get(rng.nextInt(made.size()));
                Instant at = t.isBefore(r.redeemedAt()) ? r.redeemedAt() : t;
                w.reversals.reverse(new ReverseRedemptionUseCase.ReverseCommand(r.no(), Reverser.staff("ops"),
                        Optional.of(at)));
            } else {
                YearMonth last = MallTime.monthOf(t).minusMonths(1);
                w.subsidies.close(M1, last);
            }
        }
        Money standing = Money.ZERO;
        for (Redemption r : w.coupons.allRedemptions()) {
            if (!r.isReversed()) {
                standing = standing.plus(r.mallShare());
            }
        }
        Money owed = Money.ZERO;
        for (YearMonth m = YearMonth.of(2026, 10); !m.isAfter(YearMonth.of(2027, 2)); m = m.plusMonths(1)) {
            owed = owed.plus(w.subsidies.statement(M1, m).total());
        }
        assertThat(owed).isEqualTo(standing);
    }
}
