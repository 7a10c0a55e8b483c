package org.mallcrm.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.channel.ChannelFixtures.at;
import static org.mallcrm.fixtures.channel.ChannelFixtures.trip;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.money.Money;
import org.mallcrm.fixtures.channel.ChannelFixtures;
import org.mallcrm.fixtures.channel.ScanLog;

/**
 * Worked example E2 of domain-rules.md §5: a month of 2,600 valid heads, tiers ¥15 (1–1,000), ¥18 (1,001–2,000),
 * ¥20 (≥ 2,001): MARGINAL 45,000.00; WHOLE 52,000.00, or 50,000.00 under a monthly cap of 50,000.
 */
class CommissionTiersE2Test {

    private static final List<Tier> TIERS = List.of(Tier.of(1, "15.00"), Tier.of(1001, "18.00"),
            Tier.of(2001, "20.00"));

    /** 26 trips of 100 valid heads, one a day in March 2025, reported 100 each. */
    private static HeadCounts month() {
        List<TripHeads> trips = new ArrayList<>();
        for (int d = 1; d <= 26; d++) {
            String day = String.format("2025-03-%02d", d);
            trips.add(TripHeads.of(trip(String.format("T%02d", d), "CH-E2", day + "T09:00", day + "T11:00", 100), 100));
        }
        return HeadCounts.of(trips);
    }

    private static Reconciliation compute(CommissionPolicy policy) {
        return CommissionCalculator.compute(month(), CommissionRules.of(policy));
    }

    @Test
    void marginal_tiers_pay_45000_for_2600_heads() {
        Reconciliation r = compute(CommissionPolicy.DEFAULT.withTiers(TIERS).withTierMode(TierMode.MARGINAL));

        assertThat(r.channels()).singleElement().satisfies(c -> {
            assertThat(c.paidHeads()).isEqualTo(2600);
            assertThat(c.commission()).isEqualTo(Money.parse("45000.00"));
        });
        assertThat(r.trips().get(0).commission()).isEqualTo(Money.parse("1500.00"));
        assertThat(r.trips().get(10).commission()).isEqualTo(Money.parse("1800.00"));
        assertThat(r.trips().get(25).commission()).isEqualTo(Money.parse("2000.00"));
    }

    @Test
    void whole_tiers_pay_52000_for_2600_heads() {
        Reconciliation r = compute(CommissionPolicy.DEFAULT.withTiers(TIERS).withTierMode(TierMode.WHOLE));

        assertThat(r.totals().commission()).isEqualTo(Money.parse("52000.00"));
        assertThat(r.trips()).allSatisfy(t -> assertThat(t.commission()).isEqualTo(Money.parse("2000.00")));
    }

    @Test
    void a_monthly_cap_of_50000_trims_the_latest_trip() {
        Reconciliation r = compute(CommissionPolicy.DEFAULT.withTiers(TIERS).withTierMode(TierMode.WHOLE)
                .withMonthlyCap(Optional.of(Money.parse("50000.00"))));

        assertThat(r.totals().commission()).isEqualTo(Money.parse("50000.00"));
        assertThat(r.channelMonths()).singleElement().satisfies(m -> {
            assertThat(m.commissionBeforeCap()).isEqualTo(Money.parse("52000.00"));
            assertThat(m.commission()).isEqualTo(Money.parse("50000.00"));
        });
        assertThat(r.trips().get(25).commission()).isEqualTo(Money.ZERO);
        assertThat(r.trips().get(24).commission()).isEqualTo(Money.parse("2000.00"));
    }

    @Test
    void a_cap_falling_inside_a_trip_trims_that_trip_partly() {
        Reconciliation r = compute(CommissionPolicy.DEFAULT.withTiers(TIERS).withTierMode(TierMode.WHOLE)
                .withMonthlyCap(Optional.of(Money.parse("49000.50"))));

        assertThat(r.trips().get(25).commission()).isEqualTo(Money.ZERO);
        assertThat(r.trips().get(24).commission()).isEqualTo(Money.parse("1000.50"));
        assertThat(r.totals().commission()).isEqualTo(Money.parse("49000.50"));
    }

    @Test
    void the_e2_month_built_from_scans_pays_45000_marginal() {
        List<Trip> trips = new ArrayList<>();
        ScanLog log = new ScanLog();
        int buyer = 0;
        for (int d = 1; d <= 26; d++) {
            String day = String.format("2025-03-%02d", d);
            Trip t = trip(String.format("T%02d", d), "CH-E2", day + "T09:00", day + "T11:00", 100);
            trips.add(t);
            for (int h = 0; h < 100; h++) {
                String b = String.format("B%05d", ++buyer);
                log.channel(b, t, at(day + "T08:00")).checkin(b, at(day + "T09:30"));
            }
        }
        CommissionRules rules = CommissionRules.of(CommissionPolicy.DEFAULT.withTiers(TIERS));
        var fed = ChannelFixtures.reconcile(trips, log.scans(), rules);
        Reconciliation r = CommissionCalculator.compute(fed.counts(), rules);

        assertThat(r.totals().validHeads()).isEqualTo(2600);
        assertThat(r.totals().commission()).isEqualTo(Money.parse("45000.00"));
    }

    @Test
    void marginal_tiers_fill_in_trip_order_window_start_then_trip_number() {
        Trip late = trip("A-1", "CH", "2025-03-02T09:00", "2025-03-02T10:00", 2);
        Trip early = trip("Z-9", "CH", "2025-03-01T09:00", "2025-03-01T10:00", 2);
        Trip sameStart = trip("Z-1", "CH", "2025-03-01T09:00", "2025-03-01T10:00", 2);
        CommissionPolicy policy = CommissionPolicy.DEFAULT.withTiers(List.of(Tier.of(1, "10.00"), Tier.of(3, "20.00"),
                Tier.of(5, "30.00")));
        Reconciliation r = CommissionCalculator.compute(HeadCounts.of(List.of(TripHeads.of(late, 2),
                TripHeads.of(early, 2), TripHeads.of(sameStart, 2))), CommissionRules.of(policy));

        assertThat(r.trips()).extracting(t -> t.trip().tripNo().value()).containsExactly("Z-1", "Z-9", "A-1");
        assertThat(r.trips()).extracting(TripResult::commission)
                .containsExactly(Money.parse("20.00"), Money.parse("40.00"), Money.parse("60.00"));
    }

    @Test
    void tiers_restart_each_settlement_month_and_for_each_channel() {
        CommissionPolicy policy = CommissionPolicy.DEFAULT.withTiers(List.of(Tier.of(1, "10.00"), Tier.of(2, "20.00")));
        Reconciliation r = CommissionCalculator.compute(HeadCounts.of(List.of(
                TripHeads.of(trip("T1", "CH-A", "2025-03-31T09:00", "2025-03-31T10:00", 1), 1),
                TripHeads.of(trip("T2", "CH-A", "2025-04-01T09:00", "2025-04-01T10:00", 1), 1),
                TripHeads.of(trip("T3", "CH-B", "2025-04-01T09:00", "2025-04-01T10:00", 1), 1))),
                CommissionRules.of(policy));

        assertThat(r.trips()).extracting(TripResult::commission).containsOnly(Money.parse("10.00"));
        assertThat(r.channelMonths()).hasSize(3);
        assertThat(r.channels()).extracting(ChannelResult::trips).containsExactly(2, 1);
    }
}
