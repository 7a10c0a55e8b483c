package org.mallcrm.application.campaign.port.in;

import java.util.Optional;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.Audience;
import org.mallcrm.domain.campaign.BuyerTraits;

/**
 * A registered buyer's traits as an audience sees them: its profile's province and category, and, only when the
 * audience asks for them, its current RFM segment and its first channel.
 */
public interface AudienceQuery {

    /** Empty when the buyer is not registered. */
    Optional<BuyerTraits> traits(BuyerId buyer, Audience audience);
}
