package org.mallcrm.application.lease.port.in;

import java.util.List;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.domain.exit.Relocation;
import org.mallcrm.domain.lease.AmendmentReport;
import org.mallcrm.domain.lease.LeaseNo;

/**
 * Signing and amending leases. Signing checks the merchant (a blacklisted one is refused), the stalls (vacant, or
 * reserved by the same merchant's earnest money, which it consumes), and that no other lease holds them in that
 * time; it generates the plan, moves the stalls to LEASED and the merchant to SIGNED.
 */
public interface LeaseUseCases {

    /** {@code leases create --spec}: a lease that exists with the same terms is returned unchanged. */
    Outcome<LeaseRecord> create(LeaseSpec spec);

    /**
     * {@code leases create --spec} with what a relocation (调铺) carried over from the lease it replaces (null for
     * other kinds): the old lease ends the day before the new one starts, its stalls not taken by the new lease go
     * back to VACANT, its paid-ahead money and deposit move to the new lease ({@link Relocation}).
     */
    default Outcome<Signing> sign(LeaseSpec spec) {
        return switch (create(spec)) {
            case Outcome.Done<LeaseRecord> d -> Outcome.done(new Signing(d.value(), null));
            case Outcome<LeaseRecord> o -> o.recast();
        };
    }

    record Signing(LeaseRecord lease, Relocation relocation) {
    }

    /** {@code import leases FILE.jsonl}: every line signed, or none. */
    ImportOutcome importLeases(List<SpecLine> lines, ImportOptions options);

    /** {@code leases amend}: a new version; issued or paid installments are kept, the rest regenerated. */
    Outcome<Amended> amend(LeaseNo leaseNo, AmendmentSpec spec);

    /**
     * Security deposit (押金) paid in for a lease; refused beyond what the lease still asks for, or once the lease
     * has ended.
     */
    Outcome<LeaseRecord> receiveDeposit(LeaseNo leaseNo, org.mallcrm.domain.money.Money amount);

    /**
     * Deposits paid in for many leases at once (a bank statement's lines), in order, all or nothing: the first
     * payment {@link #receiveDeposit} would refuse refuses them all and nothing is written. Each lease is read once
     * and written once. Returns how many payments were recorded.
     */
    Outcome<Integer> receiveDeposits(List<DepositPayment> payments);

    /** One deposit payment of {@link #receiveDeposits}. */
    record DepositPayment(LeaseNo leaseNo, org.mallcrm.domain.money.Money amount) {
    }

    /**
     * Frees the stalls of leases that ran to their end before {@code asOf} (null: today): a stall still LEASED with
     * no lease on that day goes back to VACANT. Returns the stalls freed.
     */
    java.util.List<org.mallcrm.domain.stall.StallNo> releaseExpired(java.time.LocalDate asOf);

    /** One line of a JSON Lines file: its spec, or why it could not be read as one. */
    record SpecLine(int line, LeaseSpec spec, String unreadable) {
    }

    record Amended(LeaseRecord lease, AmendmentReport report) {
    }
}
