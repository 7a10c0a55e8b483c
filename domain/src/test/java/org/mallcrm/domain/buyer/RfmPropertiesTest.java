package org.mallcrm.domain.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.mallcrm.domain.money.Money;

class RfmPropertiesTest {

    private static List<BuyerActivity> random(long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<BuyerActivity> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int visits = 1 + rng.nextInt(40);
            list.add(new BuyerActivity(BuyerId.of("b" + i), RfmG1Test.AS_OF.minusDays(rng.nextInt(365)), visits,
                    Money.ofFen(rng.nextInt(3) == 0 ? 0 : rng.nextLong(1_000_000))));
        }
        return list;
    }

    @Property(tries = 300)
    void each_threshold_is_a_value_with_at_least_half_the_buyers_at_or_below_it(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        List<BuyerActivity> activities = random(seed, n);
        RfmAnalysis rfm = RfmAnalysis.analyse(RfmG1Test.AS_OF, RfmPolicy.DEFAULTS, activities);

        List<Long> r = rfm.scores().stream().map(RfmScore::recencyDays).toList();
        List<Long> f = rfm.scores().stream().map(RfmScore::frequency).toList();
        List<Long> m = rfm.scores().stream().map(s -> s.monetary().fen()).toList();
        assertLowerMedian(r, rfm.thresholds().recencyDays());
        assertLowerMedian(f, rfm.thresholds().frequency());
        assertLowerMedian(m, rfm.thresholds().monetary().fen());
    }

    /** t is one of the values, ⌈n/2⌉ or more values are ≤ t, and fewer than ⌈n/2⌉ are < t. */
    private static void assertLowerMedian(List<Long> values, long t) {
        int half = (values.size() + 1) / 2;
        assertThat(values).contains(t);
        assertThat(values.stream().filter(v -> v <= t).count()).isGreaterThanOrEqualTo(half);
        assertThat(values.stream().filter(v -> v < t).count()).isLessThan(half);
    }

    @Property(tries = 300)
    void every_buyer_gets_the_segment_of_its_highs_and_lows(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        RfmAnalysis rfm = RfmAnalysis.analyse(RfmG1Test.AS_OF, RfmPolicy.DEFAULTS, random(seed, n));

        assertThat(rfm.scores()).hasSize(n);
        RfmThresholds t = rfm.thresholds();
        for (RfmScore s : rfm.scores()) {
            assertThat(s.recencyHigh()).isEqualTo(s.recencyDays() <= t.recencyDays());
            assertThat(s.frequencyHigh()).isEqualTo(s.frequency() >= t.frequency());
            assertThat(s.monetaryHigh()).isEqualTo(s.monetary().isPositive() && s.monetary().compareTo(t.monetary()) >= 0);
            assertThat(s.segment().recencyHigh()).isEqualTo(s.recencyHigh());
            assertThat(s.segment().frequencyHigh()).isEqualTo(s.frequencyHigh());
            assertThat(s.segment().monetaryHigh()).isEqualTo(s.monetaryHigh());
            assertThat(s.recencyDays()).isBetween(0L, 364L);
        }
    }

    @Property(tries = 100)
    void the_order_the_store_gives_changes_nothing(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int n) {
        List<BuyerActivity> a = random(seed, n);
        List<BuyerActivity> reversed = new ArrayList<>(a);
        java.util.Collections.reverse(reversed);
        assertThat(RfmAnalysis.analyse(RfmG1Test.AS_OF, RfmPolicy.DEFAULTS, reversed))
                .isEqualTo(RfmAnalysis.analyse(RfmG1Test.AS_OF, RfmPolicy.DEFAULTS, a));
    }
}
