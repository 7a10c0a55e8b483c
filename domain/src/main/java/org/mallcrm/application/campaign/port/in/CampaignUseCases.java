package org.mallcrm.application.campaign.port.in;

import java.util.List;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.campaign.CampaignNo;

/**
 * Staff create campaigns and move them through their statuses; buyers see the running ones in their audience.
 * Campaigns are returned with their status as at the time of asking (ENDED once the window is over).
 */
public interface CampaignUseCases {

    int MAX_PAGE = 1000;

    /**
     * Creates a campaign in {@code DRAFT}. Every bad field is {@link Outcome.Invalid} (a window ending before it
     * starts is one); a number in use with other terms is refused; the same spec again changes nothing.
     */
    Outcome<Campaign> create(CampaignSpec spec);

    /** Starts a draft or resumes a paused campaign; refused when ended or running. */
    Outcome<Campaign> start(CampaignNo no);

    /** Pauses a running campaign. */
    Outcome<Campaign> pause(CampaignNo no);

    /** Ends a running or paused campaign before its window is over. */
    Outcome<Campaign> end(CampaignNo no);

    Optional<Campaign> find(CampaignNo no);

    Page<Campaign> list(String cursor, int limit);

    /**
     * The campaigns running now whose audience includes the buyer (the buyer app's {@code GET /campaigns}); an
     * unregistered buyer sees those open to every registered buyer.
     */
    List<Campaign> openTo(BuyerId buyer);
}
