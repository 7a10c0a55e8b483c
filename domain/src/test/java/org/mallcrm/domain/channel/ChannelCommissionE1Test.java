package org.mallcrm.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.channel.ChannelFixtures.at;
import static org.mallcrm.fixtures.channel.ChannelFixtures.trip;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.money.Money;
import org.mallcrm.fixtures.channel.ChannelFixtures;
import org.mallcrm.fixtures.channel.ChannelFixtures.Fed;
import org.mallcrm.fixtures.channel.ScanLog;

/**
 * Worked example E1 of domain-rules.md §5, built from real scans: reported 45; 47 channel scans from 44 buyers;
 * 43 check-ins from 42 buyers; 41 pass, 1 claimed by another trip → 40 valid, 800.00, −11.1 % flagged.
 */
class ChannelCommissionE1Test {

    private final Trip trip = trip("T0101", "CH001", "2025-03-10T09:00", "2025-03-10T11:00", 45);
    private final Trip earlierTrip = trip("T0100", "CH002", "2025-03-10T08:00", "2025-03-10T10:00", 1);

    private List<Scan> e1Scans() {
        ScanLog log = new ScanLog();
        for (int i = 1; i <= 41; i++) {
            String b = buyer(i);
            log.channel(b, trip, at("2025-03-10T08:00").plusSeconds(60L * i));
            log.checkin(b, at("2025-03-10T09:00").plusSeconds(60L * i));
        }
        for (int i = 1; i <= 3; i++) {
            log.channel(buyer(i), trip, at("2025-03-10T08:50"));
        }
        log.checkin(buyer(5), at("2025-03-10T10:30"));
        log.channel(buyer(41), earlierTrip, at("2025-03-10T07:30"));
        log.channel(buyer(42), trip, at("2025-03-10T08:42")).checkin(buyer(42), at("2025-03-10T11:30"));
        log.channel(buyer(43), trip, at("2025-03-10T08:43"));
        log.channel(buyer(44), trip, at("2025-03-10T08:44"));
        return log.scans();
    }

    private static String buyer(int i) {
        return String.format("B%03d", i);
    }

    @Test
    void the_e1_scans_are_as_the_example_says() {
        List<Scan> scans = e1Scans();
        List<Scan> ofTrip = scans.stream().filter(s -> s.code().equals(trip.channelCode())).toList();
        List<Scan> checkins = scans.stream().filter(s -> s.kind() == ScanKind.CHECKIN).toList();
        assertThat(ofTrip).hasSize(47);
        assertThat(ofTrip.stream().map(Scan::buyer).distinct()).hasSize(44);
        assertThat(checkins).hasSize(43);
        assertThat(checkins.stream().map(Scan::buyer).distinct()).hasSize(42);
    }

    @Test
    void forty_valid_heads_earn_800_and_the_trip_is_flagged() {
        Fed fed = ChannelFixtures.reconcile(List.of(trip, earlierTrip), e1Scans(), CommissionRules.DEFAULT);
        Reconciliation r = CommissionCalculator.compute(fed.counts(), CommissionRules.DEFAULT);
        TripResult t = r.trips().stream().filter(x -> x.trip().equals(trip)).findFirst().orElseThrow();

        assertThat(t.reported()).isEqualTo(45);
        assertThat(t.validHeads()).isEqualTo(40);
        assertThat(t.paidHeads()).isEqualTo(40);
        assertThat(t.commission()).isEqualTo(Money.parse("800.00"));
        assertThat(t.variancePct()).contains(new BigDecimal("-11.1"));
        assertThat(t.flagged()).isTrue();
        assertThat(t.excluded()).isEqualTo(Map.of(ExclusionReason.CLAIMED_BY_OTHER_TRIP, 1,
                ExclusionReason.OUTSIDE_WINDOW, 1, ExclusionReason.NO_CHECKIN, 2, ExclusionReason.DUPLICATE, 3));
    }

    @Test
    void the_claimed_buyer_counts_for_the_trip_whose_channel_scan_came_first() {
        Fed fed = ChannelFixtures.reconcile(List.of(trip, earlierTrip), e1Scans(), CommissionRules.DEFAULT);

        assertThat(fed.heads()).filteredOn(h -> h.buyer().value().equals("B041"))
                .singleElement().satisfies(h -> assertThat(h.trip()).isEqualTo(earlierTrip));
        assertThat(fed.heads()).filteredOn(h -> h.trip().equals(trip)).hasSize(40);
    }

    @Test
    void each_valid_head_is_traced_to_its_first_channel_scan_and_earliest_checkin() {
        Fed fed = ChannelFixtures.reconcile(List.of(trip, earlierTrip), e1Scans(), CommissionRules.DEFAULT);

        ValidHead b1 = fed.heads().stream().filter(h -> h.buyer().value().equals("B001")).findFirst().orElseThrow();
        assertThat(b1.channelScan()).isEqualTo(ScanId.of("S000001"));
        assertThat(b1.checkinScan()).isEqualTo(ScanId.of("S000002"));
        ValidHead b5 = fed.heads().stream().filter(h -> h.buyer().value().equals("B005")).findFirst().orElseThrow();
        assertThat(b5.checkinAt()).isEqualTo(at("2025-03-10T09:05"));
    }

    @Test
    void with_48_valid_heads_and_cap_at_reported_45_are_paid_900() {
        ScanLog log = new ScanLog();
        for (int i = 1; i <= 48; i++) {
            log.channel(buyer(i), trip, at("2025-03-10T08:00").plusSeconds(60L * i));
            log.checkin(buyer(i), at("2025-03-10T09:00").plusSeconds(60L * i));
        }
        CommissionRules rules = CommissionRules.of(CommissionPolicy.DEFAULT.withCapAtReported(true));
        Fed fed = ChannelFixtures.reconcile(List.of(trip), log.scans(), rules);
        TripResult t = CommissionCalculator.compute(fed.counts(), rules).trips().get(0);

        assertThat(t.validHeads()).isEqualTo(48);
        assertThat(t.paidHeads()).isEqualTo(45);
        assertThat(t.commission()).isEqualTo(Money.parse("900.00"));
        assertThat(t.flagged()).isFalse();
    }
}
