package org.mallcrm.domain.receipt;

import java.time.LocalDate;
import java.util.Optional;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;

/**
 * A payment reminder (催缴): an installment due soon or overdue, with its unpaid principal and the unpaid late fee
 * accrued up to the as-of date. JSON {@code {lease_no, merchant_no, seq, due_on, outstanding, days_overdue,
 * late_fee, status}}.
 */
public record Reminder(LeaseNo leaseNo, MerchantNo merchantNo, int seq, LocalDate dueOn, Money outstanding,
        long daysOverdue, Money lateFee, InstallmentStatus status) {

    /**
     * The reminder an installment calls for as of {@code asOf}: when it still owes principal and falls due within
     * {@code withinDays} days (or is overdue); empty otherwise.
     */
    public static Optional<Reminder> of(LeaseNo lease, MerchantNo merchant, InstallmentView v, LocalDate asOf,
            int withinDays) {
        if (withinDays < 0) {
            throw new IllegalArgumentException("within cannot be negative");
        }
        if (!v.outstanding().isPositive() || v.dueOn().isAfter(asOf.plusDays(withinDays))) {
            return Optional.empty();
        }
        return Optional.of(new Reminder(lease, merchant, v.seq(), v.dueOn(), v.outstanding(), v.daysOverdue(),
                v.lateFee(), v.status()));
    }
}
