package org.mallcrm.application.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.campaign.port.in.CampaignSpec;
import org.mallcrm.application.coupon.port.in.ClaimCouponUseCase.ClaimCommand;
import org.mallcrm.application.coupon.port.in.ClaimCouponUseCase.ClaimOutcome;
import org.mallcrm.application.coupon.port.in.RedeemCouponUseCase.RedeemCommand;
import org.mallcrm.application.coupon.port.in.RedeemCouponUseCase.RedeemOutcome;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.coupon.Coupon;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.fixtures.coupon.MarketingWorld;

/**
 * F2's races through the use cases: 1,000 buyers claim from a stock of 100 at once, 50 tills redeem one code at
 * once. The counts must be exact whatever the interleaving.
 */
class ConcurrentCouponsF2Test {

    private static final CampaignNo F2 = CampaignNo.of("C-F2");

    private static CampaignSpec f2Spec() {
        return new CampaignSpec("C-F2", "九折封顶", "COUPON", "2026-10-01T00:00:00+08:00", "2026-10-31T23:59:59+08:00",
                CampaignSpec.AudienceSpec.EVERYONE, null, new CampaignSpec.CouponSpec("PERCENT_OFF", null, null, "10",
                        "80.00", 100, 1, null, null, null, "60"));
    }

    private static <T> List<T> race(int threads, List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> t : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return t.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_thousand_buyers_racing_for_a_stock_of_100_get_exactly_100_coupons() throws Exception {
        MarketingWorld w = new MarketingWorld("2026-10-02T10:00");
        for (int i = 0; i < 1000; i++) {
            w.buyer("B" + i, i);
        }
        w.runningCampaign(f2Spec());

        List<Callable<ClaimOutcome>> tasks = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            BuyerId b = BuyerId.of("B" + i);
            tasks.add(() -> w.claims.claim(new ClaimCommand(F2, b, Optional.empty())));
        }
        List<ClaimOutcome> outcomes = race(16, tasks);

        assertThat(outcomes.stream().filter(o -> o instanceof ClaimOutcome.Claimed).count()).isEqualTo(100);
        assertThat(outcomes.stream().filter(o -> o instanceof ClaimOutcome.Refused r
                && r.refusal().code().name().equals("OUT_OF_STOCK")).count()).isEqualTo(900);
        assertThat(w.coupons.claimed(F2)).isEqualTo(100);
        Map<BuyerId, Integer> perBuyer = new ConcurrentHashMap<>();
        w.coupons.forEachCoupon(F2, c -> perBuyer.merge(c.buyer(), 1, Integer::sum));
        assertThat(perBuyer.values()).allMatch(n -> n == 1).hasSize(100);
    }

    @Test
    void fifty_tills_redeeming_one_code_at_once_let_exactly_one_through() throws Exception {
        MarketingWorld w = new MarketingWorld("2026-10-02T10:00");
        w.merchantWithLease("M-0001", "女装", "2026-01-01", "2026-12-31");
        w.buyer("b1", 1);
        w.runningCampaign(f2Spec());
        Coupon coupon = w.claim("C-F2", "b1", "2026-10-02T10:00");

        List<Callable<RedeemOutcome>> tasks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tasks.add(() -> w.redemptions.redeem(new RedeemCommand(coupon.code().value(), MerchantNo.of("M-0001"),
                    "1234.56", Optional.empty(), Optional.empty())));
        }
        List<RedeemOutcome> outcomes = race(16, tasks);

        List<RedeemOutcome.Redeemed> won = outcomes.stream().filter(o -> o instanceof RedeemOutcome.Redeemed)
                .map(o -> (RedeemOutcome.Redeemed) o).toList();
        assertThat(won).hasSize(1);
        assertThat(won.get(0).redemption().discount().toString()).isEqualTo("80.00");
        assertThat(won.get(0).redemption().mallShare().toString()).isEqualTo("48.00");
        assertThat(won.get(0).redemption().merchantShare().toString()).isEqualTo("32.00");
        assertThat(outcomes).filteredOn(o -> o instanceof RedeemOutcome.Refused r
                && r.refusal().code().name().equals("ALREADY_REDEEMED")).hasSize(49);
    }

    @Test
    void f2_figures_through_the_use_case() {
        MarketingWorld w = new MarketingWorld("2026-10-02T10:00");
        w.merchantWithLease("M-0001", "女装", "2026-01-01", "2026-12-31");
        w.buyer("b1", 1);
        w.buyer("b2", 2);
        w.runningCampaign(f2Spec());

        var big = w.redeemed(w.claim("C-F2", "b1", "2026-10-02T10:00"), "M-0001", "1234.56", "2026-10-02T11:00");
        var small = w.redeemed(w.claim("C-F2", "b2", "2026-10-02T10:00"), "M-0001", "555.55", "2026-10-02T11:00");

        assertThat(List.of(big.discount(), big.mallShare(), big.merchantShare())).extracting(Object::toString)
                .containsExactly("80.00", "48.00", "32.00");
        assertThat(List.of(small.discount(), small.mallShare(), small.merchantShare())).extracting(Object::toString)
                .containsExactly("55.56", "33.34", "22.22");
    }
}
