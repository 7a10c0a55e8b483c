package org.mallcrm.domain.report;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.ArrearsAging;
import org.mallcrm.domain.receipt.InstallmentView;

/**
 * Arrears (欠款) on a day by age: unpaid principal of installments past their due date (due strictly before the day),
 * by days overdue in the ages of {@link ArrearsAging.Age} — 0–30 (1 to 30 days late), 31–60, 61–90, over 90 — and
 * the unpaid late fees accrued on them. An installment due on the day itself is not in arrears yet: the dashboard,
 * {@code /arrears} and {@code reports mall} all count by this one definition.
 */
public record ArrearsByAge(Money days0To30, Money days31To60, Money days61To90, Money over90Days, Money lateFees) {

    public static final ArrearsByAge NONE = new ArrearsByAge(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
            Money.ZERO);

    /** Unpaid principal of every age. */
    public Money total() {
        return days0To30.plus(days31To60).plus(days61To90).plus(over90Days);
    }

    /**
     * With one unpaid installment {@code daysOverdue} days past its due date and its unpaid late fee; an installment
     * not past its due date (0 days on the day it falls due) is not in arrears and leaves the figures as they are.
     */
    public ArrearsByAge with(long daysOverdue, Money outstanding, Money lateFee) {
        if (daysOverdue < 0) {
            throw new IllegalArgumentException("days overdue cannot be negative");
        }
        ArrearsAging.Age age = ArrearsAging.Age.of(daysOverdue);
        if (age == null || !outstanding.isPositive()) {
            return this;
        }
        Money fees = lateFees.plus(lateFee);
        return switch (age) {
            case UP_TO_30 -> new ArrearsByAge(days0To30.plus(outstanding), days31To60, days61To90, over90Days, fees);
            case UP_TO_60 -> new ArrearsByAge(days0To30, days31To60.plus(outstanding), days61To90, over90Days, fees);
            case UP_TO_90 -> new ArrearsByAge(days0To30, days31To60, days61To90.plus(outstanding), over90Days, fees);
            case OVER_90 -> new ArrearsByAge(days0To30, days31To60, days61To90, over90Days.plus(outstanding), fees);
        };
    }

    /**
     * The arrears of these installments as viewed on the as-of day: their {@link ArrearsAging#of aging}, the one the
     * dashboard and {@code /arrears} show, in this record's shape.
     */
    public static ArrearsByAge of(Collection<InstallmentView> installments) {
        Map<ArrearsAging.Age, Money> owed = new EnumMap<>(ArrearsAging.Age.class);
        Money fees = Money.ZERO;
        for (ArrearsAging.Bucket b : ArrearsAging.of(installments).buckets()) {
            owed.put(b.age(), b.outstanding());
            fees = fees.plus(b.lateFees());
        }
        return new ArrearsByAge(owed.getOrDefault(ArrearsAging.Age.UP_TO_30, Money.ZERO),
                owed.getOrDefault(ArrearsAging.Age.UP_TO_60, Money.ZERO),
                owed.getOrDefault(ArrearsAging.Age.UP_TO_90, Money.ZERO),
                owed.getOrDefault(ArrearsAging.Age.OVER_90, Money.ZERO), fees);
    }

    public ArrearsByAge plus(ArrearsByAge o) {
        return new ArrearsByAge(days0To30.plus(o.days0To30), days31To60.plus(o.days31To60),
                days61To90.plus(o.days61To90), over90Days.plus(o.over90Days), lateFees.plus(o.lateFees));
    }
}
