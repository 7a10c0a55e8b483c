package org.mallcrm.domain.receipt;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import org.mallcrm.domain.money.Money;

/**
 * Rent due in a month against what has been collected on it (本月应收/实收): the installments whose due day falls in
 * the month, their amounts, and the principal paid on them so far.
 */
public record RentCollection(YearMonth month, int installments, Money due, Money collected) {

    public static RentCollection of(YearMonth month, Collection<InstallmentView> installments) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        int n = 0;
        long due = 0;
        long paid = 0;
        for (InstallmentView v : installments) {
            if (v.dueOn().isBefore(first) || v.dueOn().isAfter(last)) {
                continue;
            }
            n++;
            due = Math.addExact(due, v.amount().fen());
            paid = Math.addExact(paid, v.paid().fen());
        }
        return new RentCollection(month, n, Money.ofFen(due), Money.ofFen(paid));
    }

    public Money uncollected() {
        return due.minus(collected);
    }
}
