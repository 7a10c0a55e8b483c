package org.mallcrm.domain.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.lease.Installment;
import org.mallcrm.domain.money.Money;

/** Arrears by age and the month's rent against what was collected, from installments as of a day. */
class ArrearsAndCollectionTest {

    static InstallmentView view(int seq, String due, String amount, String paid, long daysOverdue, String lateFee) {
        LocalDate d = LocalDate.parse(due);
        Money a = Money.parse(amount);
        Money p = Money.parse(paid);
        Installment i = new Installment(seq, d, d.plusMonths(1).minusDays(1), d, d.minusDays(10), a, Money.ZERO);
        InstallmentStatus status = p.equals(a) ? InstallmentStatus.PAID
                : daysOverdue > 0 ? InstallmentStatus.OVERDUE : InstallmentStatus.DUE;
        return new InstallmentView(i, p, a.minus(p), Money.parse(lateFee), Money.ZERO, daysOverdue, status);
    }

    @Test
    void overdue_principal_falls_into_four_ages_by_days_overdue() {
        ArrearsAging a = ArrearsAging.of(List.of(
                view(1, "2026-11-30", "1000.00", "0.00", 1, "0.50"),
                view(2, "2026-11-01", "1000.00", "400.00", 30, "9.00"),
                view(3, "2026-10-31", "2000.00", "0.00", 31, "31.00"),
                view(4, "2026-10-01", "500.00", "0.00", 61, "30.00"),
                view(5, "2026-09-01", "700.00", "0.00", 91, "63.00"),
                view(6, "2026-12-01", "800.00", "0.00", 0, "0.00"),
                view(7, "2026-08-01", "900.00", "900.00", 120, "0.00")));

        assertThat(a.buckets()).extracting(b -> b.age().code() + " " + b.installments() + " " + b.outstanding() + " "
                + b.lateFees()).containsExactly("0-30 2 1600.00 9.50", "31-60 1 2000.00 31.00",
                "61-90 1 500.00 30.00", "90+ 1 700.00 63.00");
        assertThat(a.totalOutstanding()).isEqualTo(Money.parse("4800.00"));
        assertThat(a.totalInstallments()).isEqualTo(5);
        assertThat(ArrearsAging.Age.parse("61-90")).isEqualTo(ArrearsAging.Age.UP_TO_90);
        assertThat(ArrearsAging.Age.of(0)).isNull();
    }

    @Test
    void the_months_rent_is_what_falls_due_in_it_against_what_was_paid_on_it() {
        RentCollection r = RentCollection.of(YearMonth.of(2026, 12), List.of(
                view(1, "2026-12-01", "1000.00", "1000.00", 0, "0.00"),
                view(2, "2026-12-31", "2000.00", "500.00", 0, "0.00"),
                view(3, "2026-11-30", "3000.00", "0.00", 6, "0.00"),
                view(4, "2027-01-01", "4000.00", "4000.00", 0, "0.00")));
        assertThat(r.installments()).isEqualTo(2);
        assertThat(r.due()).isEqualTo(Money.parse("3000.00"));
        assertThat(r.collected()).isEqualTo(Money.parse("1500.00"));
        assertThat(r.uncollected()).isEqualTo(Money.parse("1500.00"));
    }
}
