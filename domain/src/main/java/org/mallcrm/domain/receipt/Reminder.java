package org.mallcrm.domain.receipt;

import java.time.LocalDate;
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
}
