package org.mallcrm.adapters.http.lease;

import java.time.LocalDate;
import org.mallcrm.domain.receipt.Reminder;

/** {@code reminders} JSON: {@code {lease_no, merchant_no, seq, due_on, outstanding, days_overdue, late_fee, status}}. */
public record ReminderJson(String leaseNo, String merchantNo, int seq, LocalDate dueOn, String outstanding,
        long daysOverdue, String lateFee, String status) {

    public static ReminderJson of(Reminder r) {
        return new ReminderJson(r.leaseNo().value(), r.merchantNo().value(), r.seq(), r.dueOn(),
                r.outstanding().toString(), r.daysOverdue(), r.lateFee().toString(), r.status().name());
    }
}
