package org.mallcrm.domain.receipt;

/** The result of recording a receipt: the updated account and the allocation, or a refusal with its reason. */
public sealed interface ReceiptOutcome permits ReceiptOutcome.Recorded, ReceiptOutcome.Refused {

    record Recorded(LeaseAccount account, ReceiptAllocation allocation) implements ReceiptOutcome {
    }

    record Refused(String reason) implements ReceiptOutcome {
    }
}
