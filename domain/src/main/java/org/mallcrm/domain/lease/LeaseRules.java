package org.mallcrm.domain.lease;

import java.util.Objects;

/**
 * The mall's rules a lease was signed under, kept with the lease: how its plan is made (so an amendment regenerates
 * the future the way the plan was first made) and its late-fee terms (滞纳金 as the contract states them). A later
 * change of the mall's settings applies to leases signed after it and never rewrites this lease.
 *
 * @param schedule         the schedule rules in force at signing
 * @param lateFeeRate      the daily late-fee rate agreed
 * @param lateFeeGraceDays days after a due date free of late fee
 */
public record LeaseRules(SchedulePolicy schedule, LateFeeRate lateFeeRate, int lateFeeGraceDays) {

    public LeaseRules {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(lateFeeRate, "lateFeeRate");
        if (lateFeeGraceDays < 0) {
            throw new IllegalArgumentException("grace days cannot be negative");
        }
    }

    /** The rules of a mall's leasing policy, as a lease signed now keeps them. */
    public static LeaseRules of(LeasingPolicy mall) {
        return of(mall.schedule(), mall.receipts());
    }

    public static LeaseRules of(SchedulePolicy schedule, ReceiptPolicy receipts) {
        return new LeaseRules(schedule, receipts.lateFeeRate(), receipts.graceDays());
    }

    /**
     * The receipt policy for this lease: how receipts are allocated is the mall's as it is now ({@code mall}); the
     * late fee is this lease's own.
     */
    public ReceiptPolicy governing(ReceiptPolicy mall) {
        return mall.withLateFeeRate(lateFeeRate).withGraceDays(lateFeeGraceDays);
    }
}
