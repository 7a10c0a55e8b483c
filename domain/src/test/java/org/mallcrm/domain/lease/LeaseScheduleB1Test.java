package org.mallcrm.domain.lease;

import org.mallcrm.fixtures.lease.LeaseFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.lease.LeaseFixtures.b1;
import static org.mallcrm.fixtures.lease.LeaseFixtures.b1Lease;
import static org.mallcrm.fixtures.lease.LeaseFixtures.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.money.Money;

/** Worked example B1 of domain-rules.md: quarterly in advance, two rent-free months, escalation after the end. */
class LeaseScheduleB1Test {

    private static String row(Installment i) {
        return i.seq() + " " + i.periodStart() + ".." + i.periodEnd() + " " + i.amount() + " due " + i.dueOn();
    }

    @Test
    void monthly_rent_is_area_times_price_rounded() {
        assertThat(b1Lease().monthlyRent()).isEqualTo(Money.parse("8190.00"));
    }

    @Test
    void b1_schedule_is_the_worked_table() {
        Lease lease = b1Lease();

        assertThat(lease.plan().installments()).extracting(LeaseScheduleB1Test::row).containsExactly(
                "1 2026-01-15..2026-04-14 8190.00 due 2026-01-15",
                "2 2026-04-15..2026-07-14 24570.00 due 2026-03-16",
                "3 2026-07-15..2026-10-14 24570.00 due 2026-06-15",
                "4 2026-10-15..2027-01-14 24570.00 due 2026-09-15");
        assertThat(lease.total()).isEqualTo(Money.parse("81900.00"));
        assertThat(lease.totalRent()).isEqualTo(Money.parse("81900.00"));
    }

    @Test
    void reminders_go_out_seven_days_before_due() {
        assertThat(b1Lease().plan().installments()).extracting(Installment::reminderOn)
                .containsExactly(d("2026-01-08"), d("2026-03-09"), d("2026-06-08"), d("2026-09-08"));
    }

    @Test
    void an_escalation_anniversary_after_the_end_has_no_effect() {
        LeaseTerms withEscalation = b1().build();
        LeaseTerms without = b1().escalation(null).build();

        assertThat(new PriceTimeline(withEscalation).anniversaries()).isEmpty();
        assertThat(LeaseFixtures.sign(withEscalation, SchedulePolicy.DEFAULT).plan())
                .isEqualTo(LeaseFixtures.sign(without, SchedulePolicy.DEFAULT).plan());
    }

    @Test
    void first_installment_can_fall_due_on_the_signing_date() {
        LeaseTerms terms = b1().signingDate(d("2026-01-05")).build();
        Lease lease = LeaseFixtures.sign(terms, SchedulePolicy.DEFAULT.withFirstDue(FirstDue.SIGNING_DATE));

        assertThat(lease.plan().installments()).extracting(Installment::dueOn)
                .containsExactly(d("2026-01-05"), d("2026-03-16"), d("2026-06-15"), d("2026-09-15"));
    }

    @Test
    void management_fee_is_a_second_line_charged_in_rent_free_months_by_default() {
        LeaseTerms terms = b1().managementFeePerM2Month(Money.parse("10.00")).build();

        List<Installment> plan = LeaseFixtures.sign(terms, SchedulePolicy.DEFAULT).plan().installments();
        assertThat(plan.get(0).rent()).isEqualTo(Money.parse("8190.00"));
        assertThat(plan.get(0).managementFee()).isEqualTo(Money.parse("1365.00"));
        assertThat(plan.get(0).amount()).isEqualTo(Money.parse("9555.00"));

        List<Installment> waived = LeaseFixtures.sign(terms,
                SchedulePolicy.DEFAULT.withManagementFeeWaivedInRentFree(true)).plan().installments();
        assertThat(waived.get(0).managementFee()).isEqualTo(Money.parse("455.00"));
        assertThat(waived.get(1).managementFee()).isEqualTo(Money.parse("1365.00"));
    }
}
