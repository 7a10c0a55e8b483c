package org.mallcrm.domain.campaign;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.buyer.BuyerId;

/**
 * A buyer's place at an event (活动报名): when it signed up, and when it cancelled or attended (签到), if it did.
 * One per buyer and event; a cancelled place may be taken again by signing up anew.
 */
public record Signup(CampaignNo campaign, BuyerId buyer, Instant signedUpAt, Optional<Instant> cancelledAt,
        Optional<Instant> attendedAt) {

    public Signup {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(signedUpAt, "signedUpAt");
        cancelledAt = cancelledAt == null ? Optional.empty() : cancelledAt;
        attendedAt = attendedAt == null ? Optional.empty() : attendedAt;
        if (cancelledAt.isPresent() && attendedAt.isPresent()) {
            throw new IllegalArgumentException("a cancelled sign-up has no attendance");
        }
    }

    public static Signup of(CampaignNo campaign, BuyerId buyer, Instant at) {
        return new Signup(campaign, buyer, at, Optional.empty(), Optional.empty());
    }

    /** Holds a place (not cancelled). */
    public boolean isActive() {
        return cancelledAt.isEmpty();
    }

    public boolean attended() {
        return attendedAt.isPresent();
    }
}
