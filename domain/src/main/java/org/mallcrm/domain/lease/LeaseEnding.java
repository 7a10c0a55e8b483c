package org.mallcrm.domain.lease;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mallcrm.domain.money.Money;

/**
 * How a lease ended before (or at) its term's end, and so what its plan still bills. An ended lease bills only this;
 * the rest of its plan was never owed.
 * <ul>
 * <li>{@link Kind#EXIT} (退铺, settled on the exit day): every installment due on or before the exit day in full, none
 * due after it.</li>
 * <li>{@link Kind#RELOCATION} (调铺, the old lease's last day is the day before the new lease starts): an installment
 * whose period ends on or before the last day in full, one whose period starts after it not at all, and one whose
 * period straddles it for the days used: for rent and management fee apart, {@code charge × usedDays / periodDays},
 * rounded HALF_UP to the fen, both ends of each span counted; its period then ends on the last day.</li>
 * </ul>
 * Either way what is billed is a prefix of the plan, so installments keep their numbers.
 */
public record LeaseEnding(LocalDate lastDay, Kind kind) {

    /** How a lease ended; the stored code. */
    public enum Kind {
        EXIT, RELOCATION
    }

    public LeaseEnding {
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(kind, "kind");
    }

    /** Ended by an exit settled for {@code exitOn}. */
    public static LeaseEnding exit(LocalDate exitOn) {
        return new LeaseEnding(exitOn, Kind.EXIT);
    }

    /** Ended by a relocation: {@code lastDay} is the day before the new lease's start. */
    public static LeaseEnding relocation(LocalDate lastDay) {
        return new LeaseEnding(lastDay, Kind.RELOCATION);
    }

    /** What a charge ({@code i}'s rent or management fee) of an installment still bills. */
    public Money billed(Installment i, Money charge) {
        return switch (kind) {
            case EXIT -> i.dueOn().isAfter(lastDay) ? Money.ZERO : charge;
            case RELOCATION -> {
                if (i.periodStart().isAfter(lastDay)) {
                    yield Money.ZERO;
                }
                if (!i.periodEnd().isAfter(lastDay)) {
                    yield charge;
                }
                long used = ChronoUnit.DAYS.between(i.periodStart(), lastDay) + 1;
                long days = ChronoUnit.DAYS.between(i.periodStart(), i.periodEnd()) + 1;
                yield Money.round(charge.toBigDecimal().multiply(BigDecimal.valueOf(used))
                        .divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_UP), RoundingMode.HALF_UP);
            }
        };
    }

    /** Whether the installment is billed at all. */
    public boolean bills(Installment i) {
        return switch (kind) {
            case EXIT -> !i.dueOn().isAfter(lastDay);
            case RELOCATION -> !i.periodStart().isAfter(lastDay);
        };
    }

    /** The plan as the ended lease bills it: the installments it still bills, a straddling one cut to its days. */
    public PaymentPlan cut(PaymentPlan plan) {
        List<Installment> billed = new ArrayList<>();
        for (Installment i : plan.installments()) {
            if (!bills(i)) {
                break;
            }
            billed.add(i.periodEnd().isAfter(lastDay) && kind == Kind.RELOCATION
                    ? new Installment(i.seq(), i.periodStart(), lastDay, i.dueOn(), i.reminderOn(),
                            billed(i, i.rent()), billed(i, i.managementFee()))
                    : i);
        }
        return new PaymentPlan(billed);
    }
}
