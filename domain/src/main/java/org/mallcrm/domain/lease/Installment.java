package org.mallcrm.domain.lease;

import java.time.LocalDate;
import java.util.Objects;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.time.DateRange;

/**
 * One installment (期次) of a payment plan: the rent and management fee for a period, due on a date, with a
 * reminder date. What has been paid on it is kept by the lease's account, not here.
 */
public record Installment(int seq, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn, LocalDate reminderOn,
        Money rent, Money managementFee) {

    public Installment {
        if (seq < 1) {
            throw new IllegalArgumentException("installments are numbered from 1");
        }
        new DateRange(periodStart, periodEnd);
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(reminderOn, "reminderOn");
        Objects.requireNonNull(rent, "rent");
        Objects.requireNonNull(managementFee, "managementFee");
        if (rent.isNegative() || managementFee.isNegative()) {
            throw new IllegalArgumentException("an installment cannot be negative");
        }
    }

    /** Everything due on this installment: rent plus management fee. */
    public Money amount() {
        return rent.plus(managementFee);
    }

    public DateRange period() {
        return new DateRange(periodStart, periodEnd);
    }

    public Installment renumbered(int newSeq) {
        return new Installment(newSeq, periodStart, periodEnd, dueOn, reminderOn, rent, managementFee);
    }
}
