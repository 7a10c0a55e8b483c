package org.mallcrm.domain.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.time.DateRange;
import org.mallcrm.fixtures.lease.LeaseFixtures;

class SchedulePropertiesTest {

    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    @Property
    void anchored_month_arithmetic_never_drifts_over_ten_years(@ForAll @IntRange(min = 0, max = 15000) int offset) {
        LocalDate start = EPOCH.plusDays(offset);
        LocalDate end = ScheduledDates.termEnd(start, 120);
        List<DateRange> periods = ScheduledDates.periods(start, end, Billing.MONTHLY, PeriodAlignment.ANCHORED);

        assertThat(periods).hasSize(120);
        assertThat(end.plusDays(1)).isEqualTo(start.plusMonths(120));
        for (int k = 0; k < 120; k++) {
            LocalDate from = periods.get(k).from();
            assertThat(from).isEqualTo(start.plusMonths(k));
            assertThat(from.getDayOfMonth()).isEqualTo(Math.min(start.getDayOfMonth(), from.lengthOfMonth()));
            if (k > 0) {
                assertThat(periods.get(k - 1).to().plusDays(1)).isEqualTo(from);
            }
        }
        assertThat(ScheduledDates.termMonths(start, end)).isEqualTo(120);
    }

    record WholeMonthLease(LocalDate start, int months, Billing billing, long areaHundredths, long priceFen,
            int freeFrom, int freeMonths) {
    }

    @Provide
    Arbitrary<WholeMonthLease> wholeMonthLeases() {
        Arbitrary<LocalDate> starts = Arbitraries.integers().between(0, 12000).map(EPOCH::plusDays);
        return Combinators.combine(starts, Arbitraries.integers().between(1, 48),
                Arbitraries.of(Billing.class), Arbitraries.longs().between(100, 100_000),
                Arbitraries.longs().between(0, 100_000), Arbitraries.integers().between(0, 47),
                Arbitraries.integers().between(0, 6))
                .as((s, m, b, a, p, ff, fm) -> new WholeMonthLease(s, m, b, a, p, Math.min(ff, m - 1),
                        Math.min(fm, m - Math.min(ff, m - 1))));
    }

    @Property(tries = 300)
    void whole_month_installments_sum_to_monthly_rent_times_billed_months(
            @ForAll("wholeMonthLeases") WholeMonthLease l) {
        LeaseTerms.Builder b = LeaseFixtures.aLease().start(l.start()).termMonths(l.months()).billing(l.billing())
                .leasableAreaM2(Area.ofHundredths(l.areaHundredths())).rentPerM2Month(Money.ofFen(l.priceFen()));
        if (l.freeMonths() > 0) {
            b.addRentFree(l.start().plusMonths(l.freeFrom()),
                    l.start().plusMonths(l.freeFrom() + l.freeMonths()).minusDays(1));
        }
        LeaseTerms terms = b.build();
        PaymentPlan plan = LeaseFixtures.sign(terms, SchedulePolicy.DEFAULT).plan();

        assertThat(plan.total()).isEqualTo(terms.monthlyRent().times(l.months() - l.freeMonths()));
        assertThat(plan.installments().get(0).periodStart()).isEqualTo(l.start());
        assertThat(plan.installments().get(plan.size() - 1).periodEnd()).isEqualTo(terms.end());
        for (int i = 1; i < plan.size(); i++) {
            assertThat(plan.installments().get(i).periodStart())
                    .isEqualTo(plan.installments().get(i - 1).periodEnd().plusDays(1));
        }
    }

    @Provide
    Arbitrary<List<Percent>> ratioPlans() {
        return Arbitraries.integers().between(1, 9999).list().ofMinSize(0).ofMaxSize(10).map(cuts -> {
            List<Integer> points = new ArrayList<>(cuts.stream().distinct().sorted().toList());
            points.add(10000);
            List<Percent> ratios = new ArrayList<>();
            int previous = 0;
            for (int p : points) {
                ratios.add(new Percent(BigDecimal.valueOf(p - previous, 2)));
                previous = p;
            }
            return ratios;
        });
    }

    @Property(tries = 300)
    void ratio_installments_always_sum_to_the_lease_total(@ForAll("ratioPlans") List<Percent> ratios,
            @ForAll @IntRange(min = 0, max = 27) int startDay, @ForAll @IntRange(min = 11, max = 40) int months,
            @ForAll @IntRange(min = 0, max = 27) int extraDays) {
        LocalDate start = LocalDate.of(2026, 1, 1).plusDays(startDay);
        LeaseTerms.Builder b = LeaseFixtures.aLease().start(start)
                .end(ScheduledDates.termEnd(start, months).plusDays(extraDays)).billing(Billing.MONTHLY)
                .managementFeePerM2Month(Money.parse("7.77"));
        Money periodicTotal = LeaseFixtures.sign(b.build(), SchedulePolicy.DEFAULT).total();
        PaymentPlan plan = LeaseFixtures.sign(b.ratios(ratios).build(), SchedulePolicy.DEFAULT).plan();

        assertThat(plan.size()).isEqualTo(ratios.size());
        assertThat(plan.total()).isEqualTo(periodicTotal);
        assertThat(plan.installments()).allSatisfy(i -> assertThat(i.amount().isNegative()).isFalse());
    }

    @Property(tries = 200)
    void an_amendment_never_changes_issued_installments(@ForAll @IntRange(min = 0, max = 400) int effectiveDay,
            @ForAll @IntRange(min = 1, max = 6) int freeMonths) {
        Lease lease = LeaseFixtures.b1Lease();
        LocalDate effective = LocalDate.of(2026, 1, 1).plusDays(effectiveDay);
        AmendOutcome outcome = lease.amend(LeaseAmendment.of(effective, new LeaseAmendment.FreeExtension(freeMonths)), java.util.Set.of());

        Lease amended = ((AmendOutcome.Amended) outcome).lease();
        for (Installment i : lease.plan().installments()) {
            if (!i.dueOn().isAfter(effective)) {
                assertThat(amended.plan().installments().get(i.seq() - 1)).isEqualTo(i);
            }
        }
        assertThat(amended.total()).isEqualTo(lease.total());
        assertThat(amended.terms().end()).isEqualTo(ScheduledDates.termEnd(lease.terms().start(), 12 + freeMonths));
    }
}
