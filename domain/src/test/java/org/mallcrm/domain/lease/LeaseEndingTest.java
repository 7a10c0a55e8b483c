package org.mallcrm.domain.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.money.Money;

/** What an ended lease's plan still bills: a prefix, cut by an exit's due days or a relocation's days used. */
class LeaseEndingTest {

    // quarterly, 2026-01-15..2027-01-14, 30 days ahead: due 01-15, 03-16, 06-15, 09-15
    final PaymentPlan plan = new PaymentPlan(java.util.List.of(
            i(1, "2026-01-15", "2026-04-14", "2026-01-15", "24570.00", "300.00"),
            i(2, "2026-04-15", "2026-07-14", "2026-03-16", "24570.00", "300.00"),
            i(3, "2026-07-15", "2026-10-14", "2026-06-15", "24570.00", "300.00"),
            i(4, "2026-10-15", "2027-01-14", "2026-09-15", "24570.00", "300.00")));

    @Test
    void an_exit_bills_every_installment_due_by_the_exit_day_in_full() {
        assertThat(LeaseEnding.exit(LocalDate.parse("2026-06-15")).cut(plan).installments())
                .containsExactlyElementsOf(plan.installments().subList(0, 3));
        assertThat(LeaseEnding.exit(LocalDate.parse("2026-06-14")).cut(plan).installments())
                .containsExactlyElementsOf(plan.installments().subList(0, 2));
        assertThat(LeaseEnding.exit(LocalDate.parse("2026-01-14")).cut(plan).installments()).isEmpty();
    }

    @Test
    void a_relocation_bills_the_straddling_period_for_its_days_used_rent_and_fee_apart() {
        PaymentPlan cut = LeaseEnding.relocation(LocalDate.parse("2026-04-30")).cut(plan);
        assertThat(cut.installments()).hasSize(2);
        assertThat(cut.installments().get(0)).isEqualTo(plan.installments().get(0));
        // 04-15..04-30 is 16 of 91 days: 24,570.00 × 16/91 = 4,320.00; 300.00 × 16/91 = 52.747… → 52.75
        assertThat(cut.installments().get(1)).isEqualTo(
                i(2, "2026-04-15", "2026-04-30", "2026-03-16", "4320.00", "52.75"));
        // cutting again changes nothing
        assertThat(LeaseEnding.relocation(LocalDate.parse("2026-04-30")).cut(cut)).isEqualTo(cut);
        // a last day at a period's end bills it whole, the next not at all
        assertThat(LeaseEnding.relocation(LocalDate.parse("2026-07-14")).cut(plan).installments())
                .containsExactlyElementsOf(plan.installments().subList(0, 2));
    }

    private static Installment i(int seq, String from, String to, String due, String rent, String fee) {
        LocalDate d = LocalDate.parse(due);
        return new Installment(seq, LocalDate.parse(from), LocalDate.parse(to), d, d.minusDays(7), Money.parse(rent),
                Money.parse(fee));
    }
}
