package org.mallcrm.application.lease.port.out;

import java.time.LocalDate;
import java.util.Objects;
import org.mallcrm.domain.deposit.SecurityDeposit;
import org.mallcrm.domain.receipt.LeaseAccount;

/**
 * A stored lease: its account (the lease with every version, installments, postings, receipts and credit), its
 * security deposit, and the day it was terminated by an exit (null while it runs to its end).
 */
public record LeaseRecord(LeaseAccount account, SecurityDeposit deposit, LocalDate terminatedOn) {

    public LeaseRecord {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(deposit, "deposit");
    }

    public LeaseRecord withAccount(LeaseAccount a) {
        return new LeaseRecord(a, deposit, terminatedOn);
    }

    public LeaseRecord withDeposit(SecurityDeposit d) {
        return new LeaseRecord(account, d, terminatedOn);
    }

    public LeaseRecord terminated(LocalDate on) {
        return new LeaseRecord(account, deposit, on);
    }

    /** The last day the lease holds its stalls: its end, or the exit day. */
    public LocalDate occupiedThrough() {
        LocalDate end = account.lease().terms().end();
        return terminatedOn != null && terminatedOn.isBefore(end) ? terminatedOn : end;
    }
}
