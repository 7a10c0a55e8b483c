package org.mallcrm.domain.lease;

import org.mallcrm.fixtures.lease.LeaseFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.lease.LeaseFixtures.aLease;
import static org.mallcrm.fixtures.lease.LeaseFixtures.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.money.Money;

class EscalationTest {

    private static LeaseTerms.Builder twoYearsQuarterly() {
        return aLease().start(d("2026-01-15")).termMonths(36).billing(Billing.QUARTERLY);
    }

    private static List<Money> amounts(LeaseTerms terms) {
        return LeaseFixtures.sign(terms, SchedulePolicy.DEFAULT).plan().installments().stream().map(Installment::amount)
                .toList();
    }

    @Test
    void compound_escalation_keeps_the_price_exact_and_rounds_only_the_monthly_rent() {
        LeaseTerms terms = twoYearsQuarterly()
                .escalation(Escalation.compound(Percent.of(5), 12, EscalationAnchor.START)).build();
        ChargeCalculator charges = new ChargeCalculator(terms, SchedulePolicy.DEFAULT);

        assertThat(charges.priceOn(d("2028-01-15"))).isEqualByComparingTo("198.45");
        // 45.5 × 198.45 = 9,029.475 → 9,029.48: the price is exact, only the month is rounded
        assertThat(charges.monthlyRentOn(d("2028-01-15"))).isEqualTo(Money.parse("9029.48"));
        assertThat(amounts(terms)).containsExactly(
                Money.parse("24570.00"), Money.parse("24570.00"), Money.parse("24570.00"), Money.parse("24570.00"),
                Money.parse("25798.50"), Money.parse("25798.50"), Money.parse("25798.50"), Money.parse("25798.50"),
                Money.parse("27088.44"), Money.parse("27088.44"), Money.parse("27088.44"), Money.parse("27088.44"));
    }

    @Test
    void simple_and_fixed_step_escalation() {
        LeaseTerms simple = twoYearsQuarterly()
                .escalation(Escalation.simple(Percent.of(5), 12, EscalationAnchor.START)).build();
        LeaseTerms step = twoYearsQuarterly()
                .escalation(Escalation.fixedStep(Money.parse("10.00"), 12, EscalationAnchor.START)).build();

        assertThat(new ChargeCalculator(simple, SchedulePolicy.DEFAULT).monthlyRentOn(d("2028-01-15")))
                .isEqualTo(Money.parse("9009.00"));
        assertThat(new ChargeCalculator(step, SchedulePolicy.DEFAULT).monthlyRentOn(d("2028-01-15")))
                .isEqualTo(Money.parse("9100.00"));
    }

    @Test
    void a_quarter_straddling_an_anniversary_is_split_by_month() {
        LeaseTerms terms = twoYearsQuarterly().rentStartDate(d("2026-03-15"))
                .escalation(Escalation.compound(Percent.of(5), 12, EscalationAnchor.RENT_START)).build();

        List<Installment> plan = LeaseFixtures.sign(terms, SchedulePolicy.DEFAULT).plan().installments();
        // 2027-01-15..04-14: two months at 8,190.00, one (from the anniversary 2027-03-15) at 8,599.50
        assertThat(plan.get(4).periodStart()).isEqualTo(d("2027-01-15"));
        assertThat(plan.get(4).amount()).isEqualTo(Money.parse("24979.50"));
    }

    @Test
    void an_anniversary_inside_a_month_prorates_both_prices() {
        LeaseTerms terms = aLease().start(d("2026-01-01")).termMonths(24).billing(Billing.MONTHLY)
                .rentStartDate(d("2026-01-11"))
                .escalation(Escalation.compound(Percent.of(5), 12, EscalationAnchor.RENT_START)).build();

        Installment jan2027 = LeaseFixtures.sign(terms, SchedulePolicy.DEFAULT).plan().installments().get(12);
        // 10 days at 8,190.00 and 21 days at 8,599.50, of 31: 2,641.94 + 5,825.47 (exact sum rounded once)
        assertThat(jan2027.periodStart()).isEqualTo(d("2027-01-01"));
        assertThat(jan2027.amount()).isEqualTo(Money.parse("8467.40"));
    }

    /** Issue 12 (7): 40.00 m² × ¥200.00, 2026-03-01..2028-02-29, quarterly, rent-free 2026-03-01..04-30, 5 % yearly. */
    private static LeaseTerms.Builder rentFreeFirstTwoMonths(EscalationAnchor anchor) {
        return aLease().leasableAreaM2(org.mallcrm.domain.geometry.Area.parse("40.00"))
                .rentPerM2Month(Money.parse("200.00")).start(d("2026-03-01")).end(d("2028-02-29"))
                .billing(Billing.QUARTERLY).addRentFree(d("2026-03-01"), d("2026-04-30"))
                .escalation(Escalation.compound(Percent.of(5), 12, anchor));
    }

    private static Money total(LeaseTerms terms) {
        return amounts(terms).stream().reduce(Money.ZERO, Money::plus);
    }

    @Test
    void without_a_rent_start_date_rent_starts_the_day_after_a_rent_free_period_that_begins_on_the_start() {
        LeaseTerms terms = rentFreeFirstTwoMonths(EscalationAnchor.RENT_START).build();

        assertThat(terms.rentStart()).isEqualTo(d("2026-05-01"));
        assertThat(terms.escalationAnchorDate()).isEqualTo(d("2026-05-01"));
        assertThat(new PriceTimeline(terms).anniversaries()).containsExactly(d("2027-05-01"));
        List<Installment> plan = LeaseFixtures.sign(terms, SchedulePolicy.DEFAULT).plan().installments();
        // 2027-03-01..05-31: March and April at 8,000.00, May at 8,400.00
        assertThat(plan.get(4).periodStart()).isEqualTo(d("2027-03-01"));
        assertThat(plan.get(4).amount()).isEqualTo(Money.parse("24400.00"));
        assertThat(total(terms)).isEqualTo(Money.parse("180000.00"));
    }

    @Test
    void the_same_lease_escalating_at_the_start_rises_on_2027_03_01() {
        LeaseTerms terms = rentFreeFirstTwoMonths(EscalationAnchor.START).build();

        assertThat(terms.escalationAnchorDate()).isEqualTo(d("2026-03-01"));
        assertThat(amounts(terms).get(4)).isEqualTo(Money.parse("25200.00"));
        assertThat(total(terms)).isEqualTo(Money.parse("180800.00"));
    }

    @Test
    void the_rent_start_is_the_given_rent_start_date_else_the_start_when_no_free_period_begins_on_it() {
        assertThat(rentFreeFirstTwoMonths(EscalationAnchor.RENT_START).rentStartDate(d("2026-04-01")).build()
                .escalationAnchorDate()).isEqualTo(d("2026-04-01"));
        LeaseTerms later = aLease().start(d("2026-03-01")).termMonths(24).billing(Billing.QUARTERLY)
                .addRentFree(d("2026-03-02"), d("2026-04-30"))
                .escalation(Escalation.compound(Percent.of(5), 12, EscalationAnchor.RENT_START)).build();
        assertThat(later.rentStart()).isEqualTo(d("2026-03-01"));
        assertThat(aLease().start(d("2026-03-01")).termMonths(24).billing(Billing.QUARTERLY).build().rentStart())
                .isEqualTo(d("2026-03-01"));
    }

    @Test
    void adjoining_rent_free_periods_from_the_start_run_on_to_one_rent_start() {
        LeaseTerms terms = aLease().start(d("2026-03-01")).termMonths(24).billing(Billing.QUARTERLY)
                .addRentFree(d("2026-04-01"), d("2026-05-15")).addRentFree(d("2026-03-01"), d("2026-03-31"))
                .escalation(Escalation.compound(Percent.of(5), 12, EscalationAnchor.RENT_START)).build();

        assertThat(terms.rentStart()).isEqualTo(d("2026-05-16"));
    }

    @Test
    void a_spec_escalation_without_compound_or_anchor_takes_the_mall_defaults() {
        Escalation e = Escalation.fromSpec(Percent.of(5), 12, null, null, SchedulePolicy.DEFAULT);

        assertThat(e.method()).isEqualTo(EscalationMethod.COMPOUND);
        assertThat(e.anchor()).isEqualTo(EscalationAnchor.START);
        assertThat(Escalation.fromSpec(Percent.of(5), 12, EscalationAnchor.RENT_START, false, SchedulePolicy.DEFAULT))
                .isEqualTo(Escalation.simple(Percent.of(5), 12, EscalationAnchor.RENT_START));
    }
}
