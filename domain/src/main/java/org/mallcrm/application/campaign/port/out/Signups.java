package org.mallcrm.application.campaign.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.Signup;

/**
 * Sign-ups for events (活动报名). The capacity and the one-place-per-buyer rule are kept by the store, atomically
 * against concurrent callers in any number of threads, processes or servers (e.g. a unique (campaign, buyer) row
 * and a conditional insert counting the active places in the same transaction, under the campaign row's lock).
 */
public interface Signups {

    enum SignUpResult {
        SIGNED_UP,
        ALREADY_SIGNED_UP,
        FULL
    }

    /**
     * Stores an active sign-up when the buyer holds no active place at the event and the active places are fewer
     * than {@code capacity} (if any); a cancelled sign-up of the buyer is replaced. Nothing is written otherwise.
     */
    SignUpResult signUp(Signup signup, OptionalInt capacity);

    /** Cancels the buyer's active sign-up at {@code at}; false when it has none. */
    boolean cancel(CampaignNo campaign, BuyerId buyer, Instant at);

    /**
     * Records that the buyer attended (the first time counts); false when it holds no active place.
     */
    boolean attend(CampaignNo campaign, BuyerId buyer, Instant at);

    Optional<Signup> find(CampaignNo campaign, BuyerId buyer);

    /** The event's sign-ups, cancelled ones too, by time of signing up. */
    List<Signup> ofCampaign(CampaignNo campaign);

    /** The buyer's sign-ups, cancelled ones too, by time of signing up. */
    List<Signup> ofBuyer(BuyerId buyer);
}
