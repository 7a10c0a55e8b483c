package org.mallcrm.application.lease.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mallcrm.application.lease.port.out.Leases;
import org.mallcrm.application.stall.port.out.StallLeases;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.stall.StallNo;

/**
 * The stall context's question "is a lease running on this stall on or after that day?" answered from the lease
 * store: a lease holds its stalls from its start through its end (or its exit day once terminated).
 */
public final class LeaseStallLeases implements StallLeases {

    /** Later than any lease ends; dates are compared as ISO text, so a plain four-digit year. */
    private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);

    private final Leases leases;

    public LeaseStallLeases(Leases leases) {
        this.leases = leases;
    }

    @Override
    public Optional<LeaseNo> leaseOnOrAfter(StallNo stall, LocalDate from) {
        List<LeaseNo> found = leases.occupying(stall, from, FAR_FUTURE);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
}
