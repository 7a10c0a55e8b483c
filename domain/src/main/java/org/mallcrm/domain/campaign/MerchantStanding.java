package org.mallcrm.domain.campaign;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.stall.BusinessType;

/**
 * A merchant as a redemption sees it on a day: whether it is operating (入驻运营, or leaving but not gone), whether
 * it holds a live lease that day, and its business types (its own and those of the stalls it leases).
 */
public record MerchantStanding(MerchantNo merchant, boolean operating, boolean liveLease,
        SortedSet<BusinessType> businessTypes) {

    public MerchantStanding {
        Objects.requireNonNull(merchant, "merchant");
        businessTypes = Collections.unmodifiableSortedSet(new TreeSet<>(businessTypes));
    }

    public static MerchantStanding of(MerchantNo merchant, boolean operating, boolean liveLease,
            Set<BusinessType> businessTypes) {
        return new MerchantStanding(merchant, operating, liveLease, new TreeSet<>(businessTypes));
    }
}
