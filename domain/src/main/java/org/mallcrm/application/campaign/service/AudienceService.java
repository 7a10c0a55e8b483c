package org.mallcrm.application.campaign.service;

import java.util.Optional;
import org.mallcrm.application.buyer.port.in.RfmUseCase;
import org.mallcrm.application.buyer.port.out.Buyers;
import org.mallcrm.application.buyer.port.out.FirstChannels;
import org.mallcrm.application.campaign.port.in.AudienceQuery;
import org.mallcrm.domain.buyer.Buyer;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.RfmScore;
import org.mallcrm.domain.campaign.Audience;
import org.mallcrm.domain.campaign.BuyerTraits;

/**
 * A buyer's traits for an audience. The profile is read every time; the segment (its RFM score as of today) and
 * the first channel only when the audience names segments or channels.
 */
public final class AudienceService implements AudienceQuery {

    private final Buyers buyers;
    private final FirstChannels firstChannels;
    private final RfmUseCase rfm;

    public AudienceService(Buyers buyers, FirstChannels firstChannels, RfmUseCase rfm) {
        this.buyers = buyers;
        this.firstChannels = firstChannels;
        this.rfm = rfm;
    }

    @Override
    public Optional<BuyerTraits> traits(BuyerId buyer, Audience audience) {
        Optional<Buyer> found = buyers.find(buyer);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Buyer b = found.get();
        return Optional.of(new BuyerTraits(buyer, b.profile().province(), b.profile().mainCategory(),
                audience.needsSegment() ? rfm.scoreOf(buyer).map(RfmScore::segment) : Optional.empty(),
                audience.needsChannel() ? firstChannels.firstChannelOf(buyer) : Optional.empty()));
    }
}
