package org.mallcrm.adapters.persistence.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mallcrm.adapters.persistence.ScanMonths;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.channel.Scan;
import org.mallcrm.domain.channel.ScanCode;
import org.mallcrm.domain.channel.ScanId;
import org.mallcrm.domain.channel.ScanKind;

class ScanRunsTest {

    /**
     * The scan table's order under SQLite's BINARY collation: local month, buyer id as UTF-8 bytes unsigned, then
     * time, then scan id.
     */
    private static final Comparator<Scan> TABLE_ORDER = Comparator
            .<Scan>comparingInt(s -> ScanMonths.of(Nanos.of(s.scannedAt())))
            .thenComparing(s -> s.buyer().value(), ScanRunsTest::binary)
            .thenComparing(s -> Nanos.of(s.scannedAt()))
            .thenComparing(s -> s.scanId().value(), ScanRunsTest::binary);

    private static int binary(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Shuffled scans with ties on buyer and time, buyer ids that are prefixes of others, long and Chinese codes; most
     * in the half hour either side of midnight, 1 March in Beijing, a few 40 days before (two local months, and a
     * third).
     */
    private static List<Scan> shuffled(int n, long seed) {
        Random r = new Random(seed);
        List<Scan> all = new ArrayList<>();
        Instant base = Instant.parse("2025-02-28T15:45:00Z");
        for (int i = 0; i < n; i++) {
            String buyer = switch (r.nextInt(4)) {
                case 0 -> "B" + r.nextInt(50);
                case 1 -> "B" + r.nextInt(50) + "0000000" + r.nextInt(3); // longer than the 8-byte prefix
                case 2 -> "b" + r.nextInt(5);
                default -> "B" + r.nextInt(5) + "-" + r.nextInt(3);
            };
            Instant at = base.plusSeconds(60L * r.nextInt(30) - (r.nextInt(10) == 0 ? 40 * 86_400L : 0))
                    .plusNanos(r.nextInt(3));
            String code = switch (r.nextInt(3)) {
                case 0 -> "GATE-1";
                case 1 -> "东门二号闸机-" + r.nextInt(10) + "😀";
                default -> "https://mall.example/qr/" + "x".repeat(r.nextInt(170));
            };
            all.add(new Scan(ScanId.of("S" + i), r.nextBoolean() ? ScanKind.CHANNEL : ScanKind.CHECKIN,
                    ScanCode.of(code), BuyerId.of(buyer), at));
        }
        Collections.shuffle(all, r);
        return all;
    }

    private record Read(Scan scan, int seq, String text, int buyerLength, int idLength, int month) {
    }

    private static List<Read> read(ScanRuns runs) throws Exception {
        List<Read> out = new ArrayList<>();
        runs.forEachSorted(row -> out.add(new Read(new Scan(ScanId.of(row.scanId()), row.kind(),
                ScanCode.of(row.code()), BuyerId.of(row.buyer()), Nanos.instant(row.scannedAtNs())), row.seq(),
                new String(row.text(), StandardCharsets.UTF_8), row.buyerLength(), row.scanIdLength(), row.month())));
        return out;
    }

    private static void checkAgainstAReferenceSort(List<Scan> in, List<Read> out) {
        List<Scan> expected = new ArrayList<>(in);
        expected.sort(TABLE_ORDER);
        assertThat(out).hasSize(in.size());
        for (int i = 0; i < out.size(); i++) {
            Read r = out.get(i);
            assertThat(TABLE_ORDER.compare(r.scan(), expected.get(i))).as("row %d", i).isZero();
            // the arrival number names the scan that came in that place, unchanged
            assertThat(r.scan()).isEqualTo(in.get(r.seq()));
            assertThat(r.text()).isEqualTo(r.scan().buyer().value() + r.scan().scanId().value()
                    + r.scan().code().value());
            assertThat(r.buyerLength()).isEqualTo(r.scan().buyer().value().length());
            assertThat(r.month()).isEqualTo(ScanMonths.of(Nanos.of(r.scan().scannedAt())));
            assertThat(r.idLength()).isEqualTo(r.scan().scanId().value().length());
        }
    }

    @Test
    void scans_that_fit_in_memory_come_back_in_the_tables_order_without_a_file() throws Exception {
        List<Scan> in = shuffled(100_000, 1);
        try (ScanRuns runs = new ScanRuns(64 << 20)) {
            in.forEach(runs::add);
            List<Read> out = read(runs);
            assertThat(runs.spilled()).isFalse();
            checkAgainstAReferenceSort(in, out);
            assertThat(read(runs)).isEqualTo(out);
        }
    }

    @Test
    void scans_beyond_a_chunk_go_to_sorted_runs_on_disk_and_are_merged_back_in_order() throws Exception {
        List<Scan> in = shuffled(60_000, 2);
        try (ScanRuns runs = new ScanRuns(300_000)) {
            in.forEach(runs::add);
            List<Read> out = read(runs);
            assertThat(runs.spilled()).isTrue();
            assertThat(runs.size()).isEqualTo(in.size());
            checkAgainstAReferenceSort(in, out);
            assertThat(read(runs)).as("read again").isEqualTo(out);
        }
    }

    @Test
    void a_few_scans_and_none() throws Exception {
        try (ScanRuns runs = new ScanRuns(1 << 20)) {
            assertThat(read(runs)).isEmpty();
        }
        List<Scan> in = shuffled(3, 3);
        try (ScanRuns runs = new ScanRuns(1 << 20)) {
            in.forEach(runs::add);
            checkAgainstAReferenceSort(in, read(runs));
        }
    }

    @Test
    void nothing_is_added_once_the_scans_were_read_back() throws Exception {
        List<Scan> in = shuffled(10, 4);
        try (ScanRuns runs = new ScanRuns(1 << 20)) {
            in.forEach(runs::add);
            read(runs);
            assertThatThrownBy(() -> runs.add(in.get(0))).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void unsorted_runs_hand_the_scans_back_as_they_came_in_memory_and_past_a_chunk() throws Exception {
        List<Scan> in = shuffled(60_000, 5);
        for (int chunk : new int[] {64 << 20, 300_000}) {
            try (ScanRuns runs = new ScanRuns(chunk, false)) {
                in.forEach(runs::add);
                List<Read> out = read(runs);
                assertThat(runs.spilled()).as("chunk %d", chunk).isEqualTo(chunk == 300_000);
                assertThat(out).hasSize(in.size());
                for (int i = 0; i < out.size(); i++) {
                    assertThat(out.get(i).scan()).as("row %d", i).isEqualTo(in.get(i));
                    assertThat(out.get(i).seq()).isEqualTo(i);
                    assertThat(out.get(i).text()).isEqualTo(in.get(i).buyer().value() + in.get(i).scanId().value()
                            + in.get(i).code().value());
                }
                assertThat(read(runs)).as("read again").isEqualTo(out);
                assertThatThrownBy(() -> runs.add(in.get(0))).isInstanceOf(IllegalStateException.class);
            }
        }
    }
}
