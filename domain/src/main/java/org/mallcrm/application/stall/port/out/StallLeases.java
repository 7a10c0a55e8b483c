package org.mallcrm.application.stall.port.out;

import java.time.LocalDate;
import java.util.Optional;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.stall.StallNo;

/**
 * What the stall context needs to know about leases: a stall with a lease running on or after a reshape's
 * effective date is not vacant for it, whatever its status says. Backed by the lease store once leases are
 * stored; {@link #NONE} until then.
 */
public interface StallLeases {

    /** No lease is stored: no stall is held by one. */
    StallLeases NONE = (stall, from) -> Optional.empty();

    /** A lease on {@code stall} that runs on {@code from} or starts later, if there is one. */
    Optional<LeaseNo> leaseOnOrAfter(StallNo stall, LocalDate from);
}
