package org.mallcrm.adapters.persistence.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.channel.Scan;
import org.mallcrm.domain.channel.ScanCode;
import org.mallcrm.domain.channel.ScanId;
import org.mallcrm.domain.channel.ScanKind;

class SortedGroupsTest {

    private static ScanRuns runs(int n) {
        ScanRuns runs = new ScanRuns(64 << 20);
        Instant base = Instant.parse("2025-03-01T00:00:00Z");
        for (int i = n - 1; i >= 0; i--) {
            runs.add(new Scan(ScanId.of("S" + i), i % 2 == 0 ? ScanKind.CHANNEL : ScanKind.CHECKIN,
                    ScanCode.of("C" + i), BuyerId.of(String.format("B%07d", i)), base.plusSeconds(i)));
        }
        return runs;
    }

    @Test
    void the_sorted_rows_come_in_full_groups_then_a_short_last_one_in_the_tables_order() throws Exception {
        int n = 2 * JdbcScans.SORTED_GROUP + 7;
        try (ScanRuns runs = runs(n)) {
            List<String> buyers = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            SortedGroups groups = new SortedGroups(runs);
            try {
                while (true) {
                    SortedGroups.Group g = groups.take();
                    sizes.add(g.n);
                    for (int i = 0; i < g.n; i++) {
                        buyers.add(g.buyers[i]);
                        assertThat(g.ids[i]).isEqualTo("S" + Integer.parseInt(g.buyers[i].substring(1)));
                        assertThat(g.codes[i]).isEqualTo("C" + Integer.parseInt(g.buyers[i].substring(1)));
                    }
                    if (g.last) {
                        break;
                    }
                    groups.recycle(g);
                }
            } finally {
                groups.stop();
            }
            assertThat(sizes).containsExactly(JdbcScans.SORTED_GROUP, JdbcScans.SORTED_GROUP, 7);
            assertThat(buyers).hasSize(n).isSorted();
        }
    }

    @Test
    void an_exact_number_of_groups_ends_with_an_empty_last_one() throws Exception {
        try (ScanRuns runs = runs(JdbcScans.SORTED_GROUP)) {
            SortedGroups groups = new SortedGroups(runs);
            try {
                SortedGroups.Group first = groups.take();
                assertThat(first.n).isEqualTo(JdbcScans.SORTED_GROUP);
                groups.recycle(first);
                SortedGroups.Group end = groups.take();
                assertThat(end.last).isTrue();
                assertThat(end.n).isZero();
            } finally {
                groups.stop();
            }
        }
    }

    @Test
    void a_caller_that_stops_early_ends_the_thread_and_can_read_the_runs_again() throws Exception {
        int n = 20 * JdbcScans.SORTED_GROUP;
        try (ScanRuns runs = runs(n)) {
            SortedGroups groups = new SortedGroups(runs);
            SortedGroups.Group first = groups.take();
            assertThat(first.last).isFalse();
            groups.stop(); // returns only once the thread has ended
            int[] again = {0};
            runs.forEachSorted(row -> again[0]++);
            assertThat(again[0]).isEqualTo(n);
        }
    }
}
