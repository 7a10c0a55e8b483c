package org.mallcrm.adapters.http.lease;

import java.time.LocalDate;
import java.util.List;
import org.mallcrm.application.lease.port.out.Leases;

/** A recorded receipt: {@code {receipt_no, lease_no, received_on, method, amount, allocations, credit}}. */
public record ReceiptJson(String receiptNo, String leaseNo, LocalDate receivedOn, String method, String amount,
        List<AllocationJson.LineJson> allocations, String credit) {

    public static ReceiptJson of(Leases.StoredReceipt r) {
        AllocationJson a = AllocationJson.of(r.allocation());
        return new ReceiptJson(r.receipt().receiptNo(), r.leaseNo().value(), r.receipt().receivedOn(),
                r.receipt().method(), a.amount(), a.allocations(), a.credit());
    }
}
