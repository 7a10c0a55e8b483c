package org.mallcrm.application.coupon.port.out;

import java.time.LocalDate;
import java.util.Optional;
import org.mallcrm.domain.campaign.MerchantStanding;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * A merchant as a redemption needs it, on a local day: operating (stage {@code OPERATING} or {@code EXITING}),
 * holding a live lease that day (a lease whose term covers the day and that has not been ended by an exit before
 * it), and its business types (its own and those of the stalls its live leases hold).
 */
public interface MerchantStandings {

    /** Empty when there is no such merchant. */
    Optional<MerchantStanding> standing(MerchantNo merchant, LocalDate on);
}
