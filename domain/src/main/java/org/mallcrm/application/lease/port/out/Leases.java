package org.mallcrm.application.lease.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.receipt.ReceiptAllocation;
import org.mallcrm.domain.stall.StallNo;

/** The mall's leases with their accounts, as stored. Writes happen inside a unit of work. */
public interface Leases {

    Optional<LeaseRecord> find(LeaseNo no);

    /** Leases with a number greater than {@code after} (null: from the start), by number; a merchant's only if given. */
    List<LeaseRecord> list(MerchantNo merchant, LeaseNo after, int limit);

    /** The leases holding {@code stall} on any day of {@code from..to}. */
    List<LeaseNo> occupying(StallNo stall, LocalDate from, LocalDate to);

    /**
     * Stores a new lease with its plan, postings and deposit, and marks its stalls occupied for its term.
     *
     * @throws LeaseOverlapException when another lease holds one of the stalls in that time (the store enforces it)
     */
    void insert(LeaseRecord lease);

    /** Stores what changed: a new version and plan, postings, receipts, credit, deposit, termination. */
    void update(LeaseRecord lease);

    /** A receipt already recorded under that number, with the allocation it was given. */
    Optional<StoredReceipt> findReceipt(String receiptNo);

    record StoredReceipt(LeaseNo leaseNo, org.mallcrm.domain.receipt.Receipt receipt, ReceiptAllocation allocation) {
    }
}
