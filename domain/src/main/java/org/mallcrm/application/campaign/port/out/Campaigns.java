package org.mallcrm.application.campaign.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.CampaignStatus;

/**
 * The mall's campaigns (活动), as stored: terms, audience, offer (event capacity, or the coupon batch's terms) and
 * the status as last set by staff ({@code ENDED} by the clock is derived, never written). Stock used and sign-ups
 * are kept by the coupon and sign-up stores.
 */
public interface Campaigns {

    Optional<Campaign> find(CampaignNo no);

    /** Campaigns with a number greater than {@code after} (null: from the start), by number. */
    List<Campaign> list(CampaignNo after, int limit);

    /** Campaigns stored as {@code RUNNING} whose window is not over at {@code at}, by number. */
    List<Campaign> running(Instant at);

    /** Adds a campaign; false when its number is taken (nothing written). */
    boolean insert(Campaign campaign);

    /**
     * Sets the stored status to {@code to} when it is {@code from} (compare and set, atomic against concurrent
     * callers); false when it was not {@code from} (nothing written).
     */
    boolean changeStatus(CampaignNo no, CampaignStatus from, CampaignStatus to);
}
