package org.mallcrm.adapters.http.buyer;

import org.mallcrm.adapters.http.channel.ChannelJson;
import org.mallcrm.domain.buyer.Buyer;
import org.mallcrm.domain.buyer.BuyerProfile;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.domain.buyer.TransportMode;
import org.mallcrm.domain.stall.BusinessType;

/**
 * A registered buyer as the API and the CLI show it: the import's columns ({@code province} the full name,
 * {@code transport_mode} the code with its Chinese name beside it) and when it registered.
 */
public record BuyerJson(
        String buyerId,
        String name,
        String phone,
        String mainCategory,
        String province,
        String transportMode,
        String transportModeName,
        String registeredAt) {

    public static BuyerJson of(Buyer b) {
        BuyerProfile p = b.profile();
        return new BuyerJson(b.id().value(), p.name(), p.phone().value(),
                p.mainCategory().map(BusinessType::name).orElse(null),
                p.province().map(Province::fullName).orElse(null),
                p.transportMode().map(TransportMode::name).orElse(null),
                p.transportMode().map(TransportMode::label).orElse(null),
                ChannelJson.instant(b.registeredAt()));
    }
}
