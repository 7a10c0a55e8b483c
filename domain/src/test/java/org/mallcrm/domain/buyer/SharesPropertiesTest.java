package org.mallcrm.domain.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class SharesPropertiesTest {

    @Property(tries = 500)
    void shares_sum_to_exactly_100_and_each_is_within_a_hundredth_of_the_exact_share(
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 1, max = 100_000) Long> counts) {
        Map<String, Long> m = new HashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            m.put("k" + i, counts.get(i));
        }
        long total = counts.stream().mapToLong(Long::longValue).sum();
        List<Share> shares = Shares.of(m);

        assertThat(shares.stream().map(Share::pct).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100.00");
        for (Share s : shares) {
            BigDecimal exact = BigDecimal.valueOf(s.buyers() * 100).divide(BigDecimal.valueOf(total), 10,
                    java.math.RoundingMode.HALF_UP);
            assertThat(s.pct().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
        }
    }

    @Property(tries = 300)
    void a_larger_count_never_gets_a_smaller_share(@ForAll @IntRange(min = 1, max = 20) int parts,
            @ForAll @LongRange(min = 1, max = 1000) long seed) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        Map<String, Long> m = new HashMap<>();
        for (int i = 0; i < parts; i++) {
            m.put("k" + i, 1 + rng.nextLong(50));
        }
        List<Share> shares = Shares.of(m);
        for (int i = 1; i < shares.size(); i++) {
            assertThat(shares.get(i).buyers()).isLessThanOrEqualTo(shares.get(i - 1).buyers());
            assertThat(shares.get(i).pct()).isLessThanOrEqualTo(shares.get(i - 1).pct());
        }
    }
}
