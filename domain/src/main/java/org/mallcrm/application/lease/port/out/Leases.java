package org.mallcrm.application.lease.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.deposit.SecurityDeposit;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.lease.LeaseEnding;
import org.mallcrm.domain.receipt.LeaseAccount;
import org.mallcrm.domain.receipt.ReceiptAllocation;
import org.mallcrm.domain.stall.StallNo;

/** The mall's leases with their accounts, as stored. Writes happen inside a unit of work. */
public interface Leases {

    Optional<LeaseRecord> find(LeaseNo no);

    /**
     * Leases with a number greater than {@code after} (null: from the start), by number; only the merchant's when
     * one is given.
     */
    List<LeaseRecord> list(MerchantNo merchant, LeaseNo after, int limit);

    /** The leases holding {@code stall} on any day of {@code from..to}. */
    List<LeaseNo> occupying(StallNo stall, LocalDate from, LocalDate to);

    /**
     * Every lease ever stored on these stalls, with its merchant and the days it holds the stall (an ended lease up
     * to its last day), by stall; a stall no lease names maps to an empty list.
     */
    java.util.Map<StallNo, List<Occupancy>> occupancies(java.util.Collection<StallNo> stalls);

    /** A lease's hold on a stall: from its start through its last day. */
    record Occupancy(LeaseNo leaseNo, MerchantNo merchantNo, LocalDate from, LocalDate through) {

        public Occupancy {
            Objects.requireNonNull(leaseNo, "leaseNo");
            Objects.requireNonNull(merchantNo, "merchantNo");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(through, "through");
        }

        /** The hold of a lease record as it stands. */
        public static Occupancy of(LeaseRecord r) {
            return new Occupancy(r.account().lease().leaseNo(), r.account().lease().merchantNo(),
                    r.account().lease().terms().start(), r.occupiedThrough());
        }

        public boolean overlaps(LocalDate start, LocalDate end) {
            return !from.isAfter(end) && !through.isBefore(start);
        }
    }

    /**
     * Stores a new lease with its plan, postings and deposit, and marks its stalls occupied for its term.
     *
     * @throws LeaseOverlapException when another lease holds one of the stalls in that time (the store enforces it)
     */
    void insert(LeaseRecord lease);

    /**
     * Stores new leases as {@link #insert} one after the other would, all or none; a store may write them together.
     *
     * @throws LeaseOverlapException when another lease holds one of the stalls in that time
     */
    default void insertAll(List<LeaseRecord> leases) {
        leases.forEach(this::insert);
    }

    /** Stores what changed: a new version and plan, postings, receipts, credit, deposit, termination. */
    void update(LeaseRecord lease);

    /**
     * The stored leases of these numbers, loaded together (a bulk write reads each lease once); numbers not stored
     * are left out. By default one {@link #find} each.
     */
    default java.util.Map<LeaseNo, LeaseRecord> findAll(java.util.Collection<LeaseNo> nos) {
        java.util.Map<LeaseNo, LeaseRecord> found = new java.util.LinkedHashMap<>();
        for (LeaseNo no : nos) {
            find(no).ifPresent(r -> found.put(no, r));
        }
        return found;
    }

    /**
     * Stores what changed in each lease, exactly as {@link #update} one after the other would (each at most once in
     * the list); a store may write them together. By default one {@link #update} each.
     */
    default void updateAll(List<LeaseRecord> records) {
        records.forEach(this::update);
    }

    /** Which of these receipt numbers are recorded already. By default one {@link #findReceipt} each. */
    default java.util.Set<String> recordedReceiptNos(java.util.Collection<String> receiptNos) {
        java.util.Set<String> recorded = new java.util.HashSet<>();
        for (String no : receiptNos) {
            if (findReceipt(no).isPresent()) {
                recorded.add(no);
            }
        }
        return recorded;
    }

    /**
     * Recorded receipts in receipt-number order, after {@code afterReceiptNo} (null for the first), of one lease
     * when {@code lease} is given; at most {@code limit}.
     */
    java.util.List<org.mallcrm.domain.receipt.Receipt> receipts(LeaseNo lease, String afterReceiptNo, int limit);

    /** A receipt already recorded under that number, with the allocation it was given. */
    Optional<StoredReceipt> findReceipt(String receiptNo);

    record StoredReceipt(LeaseNo leaseNo, org.mallcrm.domain.receipt.Receipt receipt, ReceiptAllocation allocation) {
    }

    /**
     * A stored lease: its account (the lease with every version, installments, postings, receipts and credit), its
     * security deposit, and the day it was terminated by an exit (null while it runs to its end).
     */
    /**
     * A stored lease: its account, its security deposit and, once it ended before its term ran out (an exit, a
     * relocation), how it ended. An ended lease's account bills only what its ending leaves of the plan.
     */
    record LeaseRecord(LeaseAccount account, SecurityDeposit deposit, LeaseEnding ending) {

        public LeaseRecord {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(deposit, "deposit");
            if (ending != null) {
                account = account.withLease(account.lease().endedBy(ending));
            }
        }

        public LeaseRecord withAccount(LeaseAccount a) {
            return new LeaseRecord(a, deposit, ending);
        }

        public LeaseRecord withDeposit(SecurityDeposit d) {
            return new LeaseRecord(account, d, ending);
        }

        /** The lease ended by {@code e}. */
        public LeaseRecord ended(LeaseEnding e) {
            return new LeaseRecord(account, deposit, e);
        }

        /** The day an ended lease ended (its last day), or null while it runs to its term. */
        public LocalDate terminatedOn() {
            return ending == null ? null : ending.lastDay();
        }

        /**
         * Whether the lease is in force on a day and holds its stalls: it has started (its start is on or before
         * the day) and has not ended before it ({@link #occupiedThrough()}). What occupancy counts.
         */
        public boolean inForceOn(LocalDate day) {
            return !account.lease().terms().start().isAfter(day) && !occupiedThrough().isBefore(day);
        }

        /** The last day the lease holds its stalls: its end, or the exit day. */
        public LocalDate occupiedThrough() {
            LocalDate end = account.lease().terms().end();
            return ending != null && ending.lastDay().isBefore(end) ? ending.lastDay() : end;
        }
    }
}
