package org.mallcrm.application.buyer.port.in;

import java.util.Optional;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.domain.buyer.RfmSegment;
import org.mallcrm.domain.stall.BusinessType;

/** Which buyers {@code buyers list} shows; an empty part matches all. A segment is the buyer's as of today. */
public record BuyerFilter(Optional<Province> province, Optional<BusinessType> category, Optional<RfmSegment> segment) {

    public static final BuyerFilter ALL = new BuyerFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public BuyerFilter {
        province = province == null ? Optional.empty() : province;
        category = category == null ? Optional.empty() : category;
        segment = segment == null ? Optional.empty() : segment;
    }
}
