package org.mallcrm.adapters.http.lease;

import java.time.LocalDate;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.domain.receipt.InstallmentView;

/** A merchant's bill (账单): one installment of one of its leases, with what is outstanding and the late fee. */
public record BillJson(String leaseNo, int seq, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn,
        String amount, String paid, String outstanding, String lateFee, long daysOverdue, String status) {

    public static BillJson of(LeaseQueries.Bill b) {
        InstallmentView i = b.installment();
        return new BillJson(b.leaseNo().value(), i.seq(), i.periodStart(), i.periodEnd(), i.dueOn(),
                i.amount().toString(), i.paid().toString(), i.outstanding().toString(), i.lateFee().toString(),
                i.daysOverdue(), i.status().name());
    }
}
