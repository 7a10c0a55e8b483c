package org.mallcrm.domain.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharesTest {

    private static Map<String, Long> counts(Object... keyCount) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < keyCount.length; i += 2) {
            m.put((String) keyCount[i], ((Number) keyCount[i + 1]).longValue());
        }
        return m;
    }

    private static List<String> rendered(List<Share> shares) {
        return shares.stream().map(s -> s.key() + " " + s.buyers() + " " + s.pct().toPlainString()).toList();
    }

    @Test
    void thirds_sum_to_exactly_100_the_leftover_going_to_the_first_name() {
        assertThat(rendered(Shares.of(counts("女装", 1, "男装", 1, "童装", 1))))
                .containsExactly("女装 1 33.34", "男装 1 33.33", "童装 1 33.33");
    }

    @Test
    void leftover_hundredths_go_to_the_largest_remainders_ties_by_name() {
        // of 7: 2/7 = 28.571… (remainder 1/7), 1/7 = 14.285… (remainder 4/7): the two leftover hundredths go to two
        // of the three parts of 1, A and B before C
        assertThat(rendered(Shares.of(counts("C", 1, "B", 1, "A", 1, "Y", 2, "X", 2))))
                .containsExactly("X 2 28.57", "Y 2 28.57", "A 1 14.29", "B 1 14.29", "C 1 14.28");
    }

    @Test
    void a_tie_in_remainder_goes_to_the_larger_count_before_the_name() {
        // of 28: 3/28 = 10.714…, 24/28 = 85.714… (the same remainder), 1/28 = 3.571…: one hundredth is left,
        // and it goes to the 24, though "a" comes before "z"
        assertThat(rendered(Shares.of(counts("a", 3, "z", 24, "m", 1))))
                .containsExactly("z 24 85.72", "a 3 10.71", "m 1 3.57");
    }

    @Test
    void buyers_without_a_value_are_one_part_and_no_buyers_no_shares() {
        assertThat(rendered(Shares.of(counts(Shares.NONE, 1, "浙江省", 3)))).containsExactly("浙江省 3 75.00", " 1 25.00");
        assertThat(Shares.of(counts())).isEmpty();
        assertThat(Shares.of(counts("x", 0))).isEmpty();
    }
}
