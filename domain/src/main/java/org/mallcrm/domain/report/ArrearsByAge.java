package org.mallcrm.domain.report;

import org.mallcrm.domain.money.Money;

/**
 * Arrears (欠款) on a day by age: unpaid principal of installments due on or before it, by days past the due date —
 * 0–30 (due, up to 30 days late), 31–60, 61–90, over 90 — and the unpaid late fees accrued on them.
 */
public record ArrearsByAge(Money days0To30, Money days31To60, Money days61To90, Money over90Days, Money lateFees) {

    public static final ArrearsByAge NONE = new ArrearsByAge(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
            Money.ZERO);

    /** Unpaid principal of every age. */
    public Money total() {
        return days0To30.plus(days31To60).plus(days61To90).plus(over90Days);
    }

    /** One unpaid installment {@code daysOverdue} days past its due date (0 on the day), with its unpaid late fee. */
    public ArrearsByAge with(long daysOverdue, Money outstanding, Money lateFee) {
        if (daysOverdue < 0) {
            throw new IllegalArgumentException("an installment not yet due is not in arrears");
        }
        Money fees = lateFees.plus(lateFee);
        if (daysOverdue <= 30) {
            return new ArrearsByAge(days0To30.plus(outstanding), days31To60, days61To90, over90Days, fees);
        }
        if (daysOverdue <= 60) {
            return new ArrearsByAge(days0To30, days31To60.plus(outstanding), days61To90, over90Days, fees);
        }
        if (daysOverdue <= 90) {
            return new ArrearsByAge(days0To30, days31To60, days61To90.plus(outstanding), over90Days, fees);
        }
        return new ArrearsByAge(days0To30, days31To60, days61To90, over90Days.plus(outstanding), fees);
    }

    public ArrearsByAge plus(ArrearsByAge o) {
        return new ArrearsByAge(days0To30.plus(o.days0To30), days31To60.plus(o.days31To60),
                days61To90.plus(o.days61To90), over90Days.plus(o.over90Days), lateFees.plus(o.lateFees));
    }
}
