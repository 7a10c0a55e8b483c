package org.mallcrm.adapters.persistence.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A summary's visit days in a window, from its packed words, against the days themselves. */
class VisitSummaryTest {

    @Test
    void daysInAWindowCountAndEndWhereTheDaysThemselvesDo() {
        SplittableRandom random = new SplittableRandom(11);
        for (int k = 0; k < 3_000; k++) {
            long base = 45_000 + random.nextInt(0, 200);
            TreeSet<Long> days = new TreeSet<>();
            int n = random.nextInt(0, 30);
            int spread = random.nextInt(1, 900);
            for (int i = 0; i < n; i++) {
                days.add(base + random.nextInt(0, spread));
            }
            VisitSummary s = new VisitSummary(0, new long[0]);
            for (long d : days) {
                s = s.with(d);
            }
            byte[] blob = s.bytes();
            long from = base - 70 + random.nextInt(0, spread + 140);
            long to = from + random.nextInt(0, 700);
            TreeSet<Long> in = new TreeSet<>(days.subSet(from, true, to, true));
            long answer = VisitSummary.inWindow(s.firstSpan(), blob, from, to);
            assertThat(VisitSummary.days(answer)).as("days in %d..%d of %s", from, to, days).isEqualTo(in.size());
            if (!in.isEmpty()) {
                assertThat(VisitSummary.last(answer)).as("last in %d..%d of %s", from, to, days).isEqualTo(in.last());
            }
        }
    }

    @Test
    void wordsAreLittleEndianWithTheHighBitSet() {
        VisitSummary s = new VisitSummary(0, new long[0]).with(63).with(64).with(0);
        byte[] blob = s.bytes();
        assertThat(VisitSummary.word(blob, 0)).isEqualTo(Long.MIN_VALUE | 1L);
        assertThat(VisitSummary.word(blob, 1)).isEqualTo(1L);
        assertThat(VisitSummary.of(s.firstSpan(), blob).bytes()).isEqualTo(blob);
    }
}
