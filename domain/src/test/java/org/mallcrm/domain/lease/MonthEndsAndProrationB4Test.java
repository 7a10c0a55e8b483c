package org.mallcrm.domain.lease;

import org.mallcrm.fixtures.lease.LeaseFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.lease.LeaseFixtures.aLease;
import static org.mallcrm.fixtures.lease.LeaseFixtures.d;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.time.DateRange;

/** Worked example B4 of domain-rules.md: month ends, anniversaries of 29 February, stubs, per-day prices. */
class MonthEndsAndProrationB4Test {

    @Test
    void monthly_periods_from_the_31st_are_anchored_not_chained() {
        List<DateRange> periods = ScheduledDates.periods(d("2026-01-31"), d("2027-01-30"), Billing.MONTHLY,
                PeriodAlignment.ANCHORED);

        assertThat(periods).extracting(DateRange::from).startsWith(
                d("2026-01-31"), d("2026-02-28"), d("2026-03-31"), d("2026-04-30"), d("2026-05-31"));
        assertThat(periods).hasSize(12);
    }

    @Test
    void a_twelve_month_term_from_the_31st_ends_on_the_30th() {
        assertThat(ScheduledDates.termEnd(d("2026-01-31"), 12)).isEqualTo(d("2027-01-30"));
    }

    @Test
    void anniversaries_of_29_february_fall_on_28_february_and_on_29_in_leap_years() {
        List<LocalDate> anniversaries = ScheduledDates.anniversaries(d("2028-02-29"), 12, d("2032-12-31"));

        assertThat(anniversaries).containsExactly(d("2029-02-28"), d("2030-02-28"), d("2031-02-28"),
                d("2032-02-29"));
    }

    private static Money firstStub(ProrationBasis basis) {
        LeaseTerms terms = aLease().start(d("2026-01-10")).end(d("2026-12-31")).billing(Billing.MONTHLY)
                .proration(basis).build();
        Lease lease = LeaseFixtures.sign(terms, SchedulePolicy.DEFAULT.withAlignment(PeriodAlignment.CALENDAR));
        Installment stub = lease.plan().installments().get(0);
        assertThat(stub.period()).isEqualTo(DateRange.of(d("2026-01-10"), d("2026-01-31")));
        assertThat(lease.plan().installments().get(1).amount()).isEqualTo(Money.parse("8190.00"));
        return stub.amount();
    }

    @Test
    void a_22_day_stub_of_a_31_day_month_by_actual_days() {
        assertThat(firstStub(ProrationBasis.ACTUAL_DAYS)).isEqualTo(Money.parse("5812.26"));
    }

    @Test
    void a_22_day_stub_by_30_day_months() {
        assertThat(firstStub(ProrationBasis.THIRTY_DAY)).isEqualTo(Money.parse("6006.00"));
    }

    @Test
    void a_22_day_stub_by_365_over_12() {
        // 8,190.00 × 22 × 12 / 365 = 5,923.726…
        assertThat(firstStub(ProrationBasis.YEAR_365_OVER_12)).isEqualTo(Money.parse("5923.73"));
    }

    @Test
    void calendar_quarters_have_a_first_and_last_stub() {
        List<DateRange> periods = ScheduledDates.periods(d("2026-02-10"), d("2027-02-09"), Billing.QUARTERLY,
                PeriodAlignment.CALENDAR);

        assertThat(periods).containsExactly(DateRange.of(d("2026-02-10"), d("2026-03-31")),
                DateRange.of(d("2026-04-01"), d("2026-06-30")), DateRange.of(d("2026-07-01"), d("2026-09-30")),
                DateRange.of(d("2026-10-01"), d("2026-12-31")), DateRange.of(d("2027-01-01"), d("2027-02-09")));
    }

    private static Money perDayFebruary(int year) {
        LeaseTerms terms = aLease().start(LocalDate.of(year, 2, 1)).termMonths(3).billing(Billing.MONTHLY)
                .rentPerM2Day(Money.parse("6.00")).build();
        return LeaseFixtures.sign(terms, SchedulePolicy.DEFAULT).plan().installments().get(0).amount();
    }

    @Test
    void a_per_day_price_bills_the_actual_days_of_february() {
        assertThat(perDayFebruary(2026)).isEqualTo(Money.parse("7644.00"));
        assertThat(perDayFebruary(2028)).isEqualTo(Money.parse("7917.00"));
    }
}
