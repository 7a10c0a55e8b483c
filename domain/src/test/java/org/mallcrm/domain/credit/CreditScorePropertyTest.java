package org.mallcrm.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.stall.StallNo;

class CreditScorePropertyTest {

    private static final MerchantNo M = MerchantNo.of("M-1");
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    private static final List<StallNo> STALLS = List.of(StallNo.of("A1"), StallNo.of("A2"));

    /** A drawn record before ids: type index, stall index (2 = none), day of year, appeal state. */
    record Draw(int type, int stall, int dayOfYear, AppealState appeal) {
    }

    @Provide
    Arbitrary<List<Draw>> draws() {
        Arbitrary<Draw> one = Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 12), // few days: duplicates are common
                Arbitraries.of(AppealState.class)).as(Draw::new);
        return one.list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void the_score_is_in_0_100_and_equals_the_clamped_sum_of_distinct_counting_records(
            @ForAll @Size(6) List<@IntRange(min = -40, max = 40) Integer> points,
            @ForAll("draws") List<Draw> draws) {
        List<BehaviourType> types = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            types.add(BehaviourType.normal("T" + i, "type " + i, points.get(i)));
        }
        List<BehaviourRecord> records = new ArrayList<>();
        long expectedSum = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < draws.size(); i++) {
            Draw d = draws.get(i);
            StallNo stall = d.stall() < 2 ? STALLS.get(d.stall()) : null;
            LocalDate day = LocalDate.ofYearDay(2026, d.dayOfYear());
            records.add(new BehaviourRecord(BehaviourRecordId.of("R" + i), M, types.get(d.type()), stall, day,
                    null, null, d.appeal(), null));
            boolean counts = d.appeal() == AppealState.NONE || d.appeal() == AppealState.UPHELD;
            if (counts && seen.add(d.type() + "|" + d.stall() + "|" + d.dayOfYear())) {
                expectedSum += points.get(d.type());
            }
        }

        int score = MerchantCredit.restore(M, LocalDate.of(2020, 1, 1), records)
                .standing(CreditPolicy.defaults(), AS_OF).score();

        assertThat(score).isBetween(0, 100);
        assertThat(score).isEqualTo((int) Math.max(0, Math.min(100, 100 + expectedSum)));
    }
}
