package org.mallcrm.adapters.http.lease;

import java.util.List;
import org.mallcrm.domain.receipt.ReceiptAllocation;

/** {@code receipts record} JSON: {@code {receipt_no, amount, allocations: [{seq, kind, amount}], credit}}. */
public record AllocationJson(String receiptNo, String amount, List<LineJson> allocations, String credit) {

    public record LineJson(int seq, String kind, String amount) {
    }

    public static AllocationJson of(ReceiptAllocation a) {
        return new AllocationJson(a.receiptNo(), a.amount().toString(), a.allocations().stream()
                .map(l -> new LineJson(l.seq(), l.kind().name(), l.amount().toString())).toList(),
                a.credit().toString());
    }
}
