package org.mallcrm.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.mallcrm.domain.money.Money;

/** Tiers and caps hold for any month: checked against a head-by-head count. */
class CommissionPropertiesTest {

    private static List<Tier> randomTiers(SplittableRandom rng) {
        List<Tier> tiers = new ArrayList<>();
        long from = 1;
        for (int i = 0, n = 1 + rng.nextInt(4); i < n; i++) {
            tiers.add(new Tier(from, Money.ofFen(rng.nextLong(5000))));
            from += 1 + rng.nextInt(200);
        }
        return tiers;
    }

    private static int[] randomHeads(SplittableRandom rng) {
        int[] heads = new int[rng.nextInt(12)];
        for (int i = 0; i < heads.length; i++) {
            heads[i] = rng.nextInt(5) == 0 ? 0 : rng.nextInt(150);
        }
        return heads;
    }

    /** The rate of head n: the last tier starting at or before n. */
    private static long rateOf(List<Tier> tiers, long n) {
        long rate = 0;
        for (Tier t : tiers) {
            if (t.from() <= n) {
                rate = t.rate().fen();
            }
        }
        return rate;
    }

    @Property(tries = 500)
    void marginal_tiers_pay_each_head_its_own_tiers_rate(@ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Tier> tiers = randomTiers(rng);
        int[] heads = randomHeads(rng);
        long[] fen = CommissionCalculator.monthCommission(CommissionPolicy.DEFAULT.withTiers(tiers), heads);

        long n = 0;
        for (int i = 0; i < heads.length; i++) {
            long expected = 0;
            for (int h = 0; h < heads[i]; h++) {
                expected += rateOf(tiers, ++n);
            }
            assertThat(fen[i]).isEqualTo(expected);
        }
    }

    @Property(tries = 500)
    void whole_tiers_pay_every_head_the_rate_the_total_reaches(@ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Tier> tiers = randomTiers(rng);
        int[] heads = randomHeads(rng);
        long[] fen = CommissionCalculator.monthCommission(
                CommissionPolicy.DEFAULT.withTiers(tiers).withTierMode(TierMode.WHOLE), heads);

        long total = 0;
        for (int h : heads) {
            total += h;
        }
        for (int i = 0; i < heads.length; i++) {
            assertThat(fen[i]).isEqualTo(heads[i] * rateOf(tiers, total));
        }
    }

    @Property(tries = 500)
    void a_monthly_cap_trims_the_latest_trips_first_to_exactly_the_cap(@ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[] before = new long[rng.nextInt(10)];
        long total = 0;
        for (int i = 0; i < before.length; i++) {
            before[i] = rng.nextLong(100_000);
            total += before[i];
        }
        long cap = rng.nextLong(total + 2);
        long[] after = CommissionCalculator.applyCap(Optional.of(Money.ofFen(cap)), before);

        long sum = 0;
        boolean trimmed = false;
        for (int i = after.length - 1; i >= 0; i--) {
            assertThat(after[i]).isBetween(0L, before[i]);
            if (trimmed) {
                assertThat(after[i]).isEqualTo(before[i]);
            }
            trimmed |= after[i] > 0;
            sum += after[i];
        }
        assertThat(sum).isEqualTo(Math.min(total, cap));
    }
}
