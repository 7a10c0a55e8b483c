package org.mallcrm.application.request.port.out;

import java.time.LocalDate;
import java.util.Set;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.stall.StallNo;

/** What the request context reads from leasing: the stalls a merchant leases on a day. */
@FunctionalInterface
public interface LeasedStalls {

    Set<StallNo> leasedBy(MerchantNo merchant, LocalDate on);
}
