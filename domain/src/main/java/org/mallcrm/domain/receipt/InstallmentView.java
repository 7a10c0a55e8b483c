package org.mallcrm.domain.receipt;

import java.time.LocalDate;
import org.mallcrm.domain.lease.Installment;
import org.mallcrm.domain.money.Money;

/**
 * An installment as of a day, for schedule JSON: {@code seq, period_start, period_end, amount, due_on, paid,
 * status} plus rent, management fee, outstanding principal, unpaid late fee and days overdue.
 *
 * @param paid        principal paid (rent and management fee)
 * @param outstanding principal still unpaid
 * @param lateFee     late fee accrued and not yet paid
 */
public record InstallmentView(Installment installment, Money paid, Money outstanding, Money lateFee,
        Money lateFeePaid, long daysOverdue, InstallmentStatus status) {

    public int seq() {
        return installment.seq();
    }

    public LocalDate periodStart() {
        return installment.periodStart();
    }

    public LocalDate periodEnd() {
        return installment.periodEnd();
    }

    public LocalDate dueOn() {
        return installment.dueOn();
    }

    public Money amount() {
        return installment.amount();
    }
}
