package org.mallcrm.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.buyer.BuyerId;

/** Reading rows of the trips and scans imports (contract.md). */
class ChannelRowsTest {

    private static Map<String, String> tripRow() {
        Map<String, String> row = new HashMap<>();
        row.put("trip_no", "T20250310-01");
        row.put("channel", "CH001");
        row.put("channel_name", "义乌快线旅行社");
        row.put("channel_code", "https://mall.example/c?t=8f3a");
        row.put("coach_plate", "浙A·12345");
        row.put("arrival_date", "2025-03-10");
        row.put("window_start", "2025-03-10T09:00:00+08:00");
        row.put("window_end", "2025-03-10T03:00:00Z");
        row.put("reported_headcount", "45");
        return row;
    }

    private static Map<String, String> scanRow() {
        Map<String, String> row = new HashMap<>();
        row.put("scan_id", "S000001");
        row.put("kind", "CHANNEL");
        row.put("code", "QR-T1");
        row.put("buyer_id", "B001");
        row.put("scanned_at", "2025-03-10T08:30:15.250+08:00");
        return row;
    }

    @Test
    void a_good_trip_row_gives_the_trip_and_its_channel() {
        RowOutcome<TripRow> outcome = ChannelRows.trip(tripRow());

        assertThat(outcome).isInstanceOfSatisfying(RowOutcome.Valid.class, v -> {
            TripRow row = (TripRow) v.value();
            assertThat(row.trip().tripNo()).isEqualTo(TripNo.of("T20250310-01"));
            assertThat(row.trip().arrivalDate()).isEqualTo(LocalDate.of(2025, 3, 10));
            assertThat(row.trip().windowStart()).isEqualTo(Instant.parse("2025-03-10T01:00:00Z"));
            assertThat(row.trip().windowEnd()).isEqualTo(Instant.parse("2025-03-10T03:00:00Z"));
            assertThat(row.trip().reportedHeadcount()).isEqualTo(45);
            assertThat(row.channel()).isEqualTo(new Channel(ChannelCode.of("CH001"), "义乌快线旅行社"));
        });
    }

    @Test
    void every_bad_field_of_a_trip_row_is_reported() {
        Map<String, String> row = tripRow();
        row.put("trip_no", "T 1");
        row.put("arrival_date", "10/03/2025");
        row.put("window_start", "2025-03-10T09:00:00");
        row.put("reported_headcount", "-3");
        row.remove("coach_plate");

        RowOutcome<TripRow> outcome = ChannelRows.trip(row);

        assertThat(outcome).isInstanceOfSatisfying(RowOutcome.Invalid.class, i -> assertThat(i.errors())
                .extracting(e -> ((FieldError) e).column() + (((FieldError) e).missing() ? " missing" : " bad"))
                .containsExactly("trip_no bad", "coach_plate missing", "arrival_date bad", "window_start bad",
                        "reported_headcount bad"));
    }

    @Test
    void a_window_ending_before_it_starts_is_refused() {
        Map<String, String> row = tripRow();
        row.put("window_end", "2025-03-10T08:59:59+08:00");

        assertThat(ChannelRows.trip(row)).isInstanceOfSatisfying(RowOutcome.Invalid.class, i ->
                assertThat(i.errors()).singleElement().satisfies(e ->
                        assertThat(((FieldError) e).column()).isEqualTo("window_end")));
    }

    @Test
    void a_good_scan_row_gives_the_scan_to_the_millisecond() {
        RowOutcome<Scan> outcome = ChannelRows.scan(scanRow());

        assertThat(outcome).isEqualTo(new RowOutcome.Valid<>(new Scan(ScanId.of("S000001"), ScanKind.CHANNEL,
                ScanCode.of("QR-T1"), BuyerId.of("B001"), Instant.parse("2025-03-10T00:30:15.250Z"))));
    }

    @Test
    void a_scan_of_an_unknown_kind_or_without_offset_is_refused() {
        Map<String, String> row = scanRow();
        row.put("kind", "ENTRY");
        row.put("scanned_at", "2025-03-10 08:30:15");

        assertThat(ChannelRows.scan(row)).isInstanceOfSatisfying(RowOutcome.Invalid.class, i ->
                assertThat(i.errors()).extracting(e -> ((FieldError) e).column()).containsExactly("kind", "scanned_at"));
    }
}
