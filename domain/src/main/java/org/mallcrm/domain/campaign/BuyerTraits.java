package org.mallcrm.domain.campaign;

import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.domain.buyer.RfmSegment;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.stall.BusinessType;

/**
 * What an audience looks at in a registered buyer: province, main category, RFM segment and first channel, each
 * possibly unknown (not given, no visit in the RFM window, never came through a channel).
 */
public record BuyerTraits(BuyerId buyer, Optional<Province> province, Optional<BusinessType> category,
        Optional<RfmSegment> segment, Optional<ChannelCode> firstChannel) {

    public BuyerTraits {
        Objects.requireNonNull(buyer, "buyer");
        province = province == null ? Optional.empty() : province;
        category = category == null ? Optional.empty() : category;
        segment = segment == null ? Optional.empty() : segment;
        firstChannel = firstChannel == null ? Optional.empty() : firstChannel;
    }
}
