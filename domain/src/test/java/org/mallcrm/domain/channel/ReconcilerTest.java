package org.mallcrm.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mallcrm.fixtures.channel.ChannelFixtures.at;
import static org.mallcrm.fixtures.channel.ChannelFixtures.trip;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.fixtures.channel.ChannelFixtures;
import org.mallcrm.fixtures.channel.ChannelFixtures.Fed;
import org.mallcrm.fixtures.channel.ScanLog;

/** The reconciliation rules of domain-rules.md §5, one at a time. */
class ReconcilerTest {

    private final Trip morning = trip("T1", "CH001", "2025-03-10T09:00", "2025-03-10T11:00", 10);
    private final Trip noon = trip("T2", "CH001", "2025-03-10T10:00", "2025-03-10T12:00", 10);

    private static Fed run(List<Trip> trips, ScanLog log) {
        return ChannelFixtures.reconcile(trips, log.scans(), CommissionRules.DEFAULT);
    }

    private static Fed run(List<Trip> trips, ScanLog log, CommissionRules rules) {
        return ChannelFixtures.reconcile(trips, log.scans(), rules);
    }

    private static TripHeads of(Fed fed, Trip trip) {
        return fed.counts().trips().stream().filter(t -> t.trip().equals(trip)).findFirst().orElseThrow();
    }

    @Test
    void a_buyer_with_both_codes_in_the_window_and_in_order_is_a_valid_head() {
        Fed fed = run(List.of(morning), new ScanLog().channel("B1", morning, at("2025-03-10T08:30"))
                .checkin("B1", at("2025-03-10T09:10")));

        assertThat(of(fed, morning).validHeads()).isEqualTo(1);
        assertThat(of(fed, morning).excluded()).isEmpty();
        assertThat(fed.heads()).singleElement().satisfies(h -> {
            assertThat(h.buyer()).isEqualTo(BuyerId.of("B1"));
            assertThat(h.channelScan()).isEqualTo(ScanId.of("S000001"));
            assertThat(h.checkinScan()).isEqualTo(ScanId.of("S000002"));
        });
    }

    @Test
    void a_buyer_without_any_checkin_is_no_checkin() {
        Fed fed = run(List.of(morning), new ScanLog().channel("B1", morning, at("2025-03-10T08:30")));

        assertThat(of(fed, morning).excluded()).isEqualTo(Map.of(ExclusionReason.NO_CHECKIN, 1));
    }

    @Test
    void checkins_only_outside_the_window_are_outside_window() {
        Fed fed = run(List.of(morning), new ScanLog().channel("B1", morning, at("2025-03-10T08:30"))
                .checkin("B1", at("2025-03-10T08:59:59")).checkin("B1", at("2025-03-10T11:00:01")));

        assertThat(of(fed, morning).excluded()).isEqualTo(Map.of(ExclusionReason.OUTSIDE_WINDOW, 1));
    }

    @Test
    void checkins_in_the_window_all_before_the_channel_scan_are_scan_order() {
        Fed fed = run(List.of(morning), new ScanLog().channel("B1", morning, at("2025-03-10T09:30"))
                .checkin("B1", at("2025-03-10T09:10")).checkin("B1", at("2025-03-10T11:30")));

        assertThat(of(fed, morning).excluded()).isEqualTo(Map.of(ExclusionReason.SCAN_ORDER, 1));
    }

    @Test
    void the_window_includes_both_ends() {
        Fed fed = run(List.of(morning), new ScanLog()
                .channel("B1", morning, at("2025-03-10T08:00")).checkin("B1", at("2025-03-10T09:00"))
                .channel("B2", morning, at("2025-03-10T08:00")).checkin("B2", at("2025-03-10T11:00")));

        assertThat(of(fed, morning).validHeads()).isEqualTo(2);
    }

    @Test
    void a_channel_scan_at_the_same_instant_as_the_checkin_is_in_order() {
        Fed fed = run(List.of(morning), new ScanLog().channel("B1", morning, at("2025-03-10T09:20"))
                .checkin("B1", at("2025-03-10T09:20")));

        assertThat(of(fed, morning).validHeads()).isEqualTo(1);
    }

    @Test
    void the_checkin_used_is_the_earliest_in_the_window_not_before_the_channel_scan() {
        Fed fed = run(List.of(morning), new ScanLog().channel("B1", morning, at("2025-03-10T09:30"))
                .checkin("B1", at("2025-03-10T08:00")).checkin("B1", at("2025-03-10T09:10"))
                .checkin("B1", at("2025-03-10T10:40")).checkin("B1", at("2025-03-10T09:45")));

        assertThat(fed.heads()).singleElement()
                .satisfies(h -> assertThat(h.checkinAt()).isEqualTo(at("2025-03-10T09:45")));
    }

    @Test
    void the_scan_order_tolerance_lets_a_channel_scan_come_that_many_minutes_late() {
        ScanLog log = new ScanLog()
                .checkin("B1", at("2025-03-10T09:10")).channel("B1", morning, at("2025-03-10T09:15"))
                .checkin("B2", at("2025-03-10T09:10")).channel("B2", morning, at("2025-03-10T09:15:01"));
        CommissionRules five = CommissionRules.DEFAULT.withChannel(ChannelCode.of("CH001"),
                CommissionPolicy.DEFAULT.withScanOrderToleranceMinutes(5));

        assertThat(of(run(List.of(morning), log), morning).excluded())
                .isEqualTo(Map.of(ExclusionReason.SCAN_ORDER, 2));
        Fed tolerant = run(List.of(morning), log, five);
        assertThat(of(tolerant, morning).validHeads()).isEqualTo(1);
        assertThat(of(tolerant, morning).excluded()).isEqualTo(Map.of(ExclusionReason.SCAN_ORDER, 1));
    }

    @Test
    void the_tolerance_is_that_of_the_trips_own_channel() {
        Trip other = trip("T9", "CH009", "2025-03-11T09:00", "2025-03-11T11:00", 10);
        ScanLog log = new ScanLog()
                .checkin("B1", at("2025-03-10T09:10")).channel("B1", morning, at("2025-03-10T09:12"))
                .checkin("B1", at("2025-03-11T09:10")).channel("B1", other, at("2025-03-11T09:12"));
        CommissionRules rules = CommissionRules.DEFAULT.withChannel(ChannelCode.of("CH001"),
                CommissionPolicy.DEFAULT.withScanOrderToleranceMinutes(5));
        Fed fed = run(List.of(morning, other), log, rules);

        assertThat(of(fed, morning).validHeads()).isEqualTo(1);
        assertThat(of(fed, other).excluded()).isEqualTo(Map.of(ExclusionReason.SCAN_ORDER, 1));
    }

    @Test
    void repeated_channel_scans_count_once_from_the_earliest_and_are_duplicates() {
        Fed fed = run(List.of(morning), new ScanLog()
                .channel("B1", morning, at("2025-03-10T09:40"))
                .channel("B1", morning, at("2025-03-10T08:30"))
                .channel("B1", morning, at("2025-03-10T09:50"))
                .checkin("B1", at("2025-03-10T09:10")));

        assertThat(of(fed, morning).validHeads()).isEqualTo(1);
        assertThat(of(fed, morning).excluded()).isEqualTo(Map.of(ExclusionReason.DUPLICATE, 2));
        assertThat(fed.heads().get(0).channelScan()).isEqualTo(ScanId.of("S000002"));
    }

    @Test
    void repeats_at_the_same_instant_keep_the_smaller_scan_id() {
        Fed fed = run(List.of(morning), new ScanLog()
                .channel("B1", morning, at("2025-03-10T08:30"))
                .channel("B1", morning, at("2025-03-10T08:30"))
                .checkin("B1", at("2025-03-10T09:10")));

        assertThat(fed.heads().get(0).channelScan()).isEqualTo(ScanId.of("S000001"));
        assertThat(of(fed, morning).excluded(ExclusionReason.DUPLICATE)).isEqualTo(1);
    }

    @Test
    void a_code_that_names_no_trip_is_an_unknown_code_and_belongs_to_no_trip() {
        Fed fed = run(List.of(morning), new ScanLog()
                .channel("B1", "QR-NOPE", at("2025-03-10T08:30"))
                .channel("B2", "QR-NOPE", at("2025-03-10T08:31"))
                .checkin("B1", at("2025-03-10T09:10")));

        assertThat(fed.counts().unknownCodeEvents()).isEqualTo(2);
        assertThat(of(fed, morning).excluded()).isEmpty();
        Reconciliation r = CommissionCalculator.compute(fed.counts(), CommissionRules.DEFAULT);
        assertThat(r.totals().excluded(ExclusionReason.UNKNOWN_CODE)).isEqualTo(2);
    }

    @Test
    void once_a_day_the_trip_with_the_earliest_checkin_used_wins() {
        Fed fed = run(List.of(morning, noon), new ScanLog()
                .channel("B1", noon, at("2025-03-10T08:00"))
                .channel("B1", morning, at("2025-03-10T08:30"))
                .checkin("B1", at("2025-03-10T09:30"))
                .checkin("B1", at("2025-03-10T10:15")));

        assertThat(of(fed, morning).validHeads()).isEqualTo(1);
        assertThat(of(fed, noon).validHeads()).isZero();
        assertThat(of(fed, noon).excluded()).isEqualTo(Map.of(ExclusionReason.CLAIMED_BY_OTHER_TRIP, 1));
    }

    @Test
    void once_a_day_a_tie_on_the_checkin_goes_to_the_earlier_channel_scan() {
        Fed fed = run(List.of(morning, noon), new ScanLog()
                .channel("B1", morning, at("2025-03-10T08:31"))
                .channel("B1", noon, at("2025-03-10T08:30"))
                .checkin("B1", at("2025-03-10T10:15")));

        assertThat(of(fed, noon).validHeads()).isEqualTo(1);
        assertThat(of(fed, morning).excluded()).isEqualTo(Map.of(ExclusionReason.CLAIMED_BY_OTHER_TRIP, 1));
    }

    @Test
    void once_a_day_a_tie_on_both_scans_goes_to_the_smaller_trip_number() {
        Trip t10 = trip("T10", "CH001", "2025-03-10T09:00", "2025-03-10T11:00", 10);
        Trip t09 = trip("T09", "CH002", "2025-03-10T10:00", "2025-03-10T12:00", 10);
        Fed fed = run(List.of(t10, t09), new ScanLog()
                .channel("B1", t10, at("2025-03-10T08:30"))
                .channel("B1", t09, at("2025-03-10T08:30"))
                .checkin("B1", at("2025-03-10T10:15")));

        assertThat(of(fed, t09).validHeads()).isEqualTo(1);
        assertThat(of(fed, t10).excluded()).isEqualTo(Map.of(ExclusionReason.CLAIMED_BY_OTHER_TRIP, 1));
    }

    @Test
    void checkins_on_two_beijing_days_count_for_two_trips_even_within_one_utc_day() {
        Trip late = trip("T1", "CH001", "2025-03-10T22:00", "2025-03-11T02:00", 10);
        Trip early = trip("T2", "CH001", "2025-03-11T00:00", "2025-03-11T03:00", 10);
        Fed fed = run(List.of(late, early), new ScanLog()
                .channel("B1", late, at("2025-03-10T21:00"))
                .checkin("B1", at("2025-03-10T23:59:59"))
                .channel("B1", early, at("2025-03-11T00:00"))
                .checkin("B1", at("2025-03-11T00:00:01")));

        assertThat(of(fed, late).validHeads()).isEqualTo(1);
        assertThat(of(fed, early).validHeads()).isEqualTo(1);
    }

    @Test
    void checkins_on_one_beijing_day_are_one_day_even_across_two_utc_days() {
        Trip dawn = trip("T1", "CH001", "2025-03-11T06:00", "2025-03-11T08:30", 10);
        Trip day = trip("T2", "CH001", "2025-03-11T08:00", "2025-03-11T10:00", 10);
        Fed fed = run(List.of(dawn, day), new ScanLog()
                .channel("B1", dawn, at("2025-03-11T05:00"))
                .checkin("B1", at("2025-03-11T07:30"))
                .channel("B1", day, at("2025-03-11T07:40"))
                .checkin("B1", at("2025-03-11T09:00")));

        assertThat(of(fed, dawn).validHeads()).isEqualTo(1);
        assertThat(of(fed, day).excluded()).isEqualTo(Map.of(ExclusionReason.CLAIMED_BY_OTHER_TRIP, 1));
    }

    @Test
    void the_day_is_that_of_the_checkin_used_not_of_the_trip() {
        Trip overnight = trip("T1", "CH001", "2025-03-10T22:00", "2025-03-11T02:00", 10);
        Trip next = trip("T2", "CH001", "2025-03-11T00:30", "2025-03-11T03:00", 10);
        Fed fed = run(List.of(overnight, next), new ScanLog()
                .channel("B1", overnight, at("2025-03-10T21:00"))
                .channel("B1", next, at("2025-03-10T21:05"))
                .checkin("B1", at("2025-03-11T00:40"))
                .checkin("B1", at("2025-03-11T01:00")));

        assertThat(of(fed, overnight).validHeads()).isEqualTo(1);
        assertThat(of(fed, next).excluded()).isEqualTo(Map.of(ExclusionReason.CLAIMED_BY_OTHER_TRIP, 1));
    }

    @Test
    void a_buyer_scanning_in_any_order_within_the_buyer_gets_the_same_result() {
        ScanLog log = new ScanLog()
                .channel("B1", morning, at("2025-03-10T09:40")).checkin("B1", at("2025-03-10T09:50"))
                .channel("B1", noon, at("2025-03-10T08:00")).checkin("B1", at("2025-03-10T09:30"))
                .channel("B1", morning, at("2025-03-10T08:30"));
        List<Scan> shuffled = new ArrayList<>(log.scans());
        Collections.reverse(shuffled);
        List<ValidHead> heads = new ArrayList<>();
        Reconciler r = new Reconciler(List.of(morning, noon), CommissionRules.DEFAULT, heads::add);
        shuffled.forEach(r::accept);
        HeadCounts counts = r.finish();

        assertThat(counts).isEqualTo(run(List.of(morning, noon), log).counts());
    }

    @Test
    void a_buyer_coming_back_after_another_buyer_is_refused() {
        Reconciler r = new Reconciler(List.of(morning), CommissionRules.DEFAULT, ValidHeadSink.NONE);
        r.scan("B2", ScanKind.CHECKIN, "GATE", at("2025-03-10T09:00"), "S1");
        r.scan("B3", ScanKind.CHECKIN, "GATE", at("2025-03-10T09:00"), "S2");

        assertThatThrownBy(() -> r.scan("B2", ScanKind.CHECKIN, "GATE", at("2025-03-10T09:00"), "S3"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("grouped by buyer");
    }

    @Test
    void a_finished_reconciliation_takes_no_more_scans() {
        Reconciler r = new Reconciler(List.of(morning), CommissionRules.DEFAULT, ValidHeadSink.NONE);
        r.finish();

        assertThatThrownBy(() -> r.scan("B2", ScanKind.CHECKIN, "GATE", at("2025-03-10T09:00"), "S1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void two_trips_with_one_channel_code_are_refused() {
        Trip twin = new Trip(TripNo.of("T7"), morning.channel(), morning.channelCode(), morning.coachPlate(),
                morning.arrivalDate(), morning.windowStart(), morning.windowEnd(), 1);

        assertThatThrownBy(() -> new Reconciler(List.of(morning, twin), CommissionRules.DEFAULT, ValidHeadSink.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("QR-T1");
    }

    @Test
    void the_counts_report_buyers_and_scans_fed() {
        Fed fed = run(List.of(morning), new ScanLog()
                .channel("B1", morning, at("2025-03-10T08:30")).checkin("B1", at("2025-03-10T09:10"))
                .checkin("B2", at("2025-03-10T09:10")).channel("B3", "QR-NOPE", at("2025-03-10T09:10")));

        assertThat(fed.counts().buyers()).isEqualTo(3);
        assertThat(fed.counts().channelScans()).isEqualTo(2);
        assertThat(fed.counts().checkinScans()).isEqualTo(2);
    }
}
