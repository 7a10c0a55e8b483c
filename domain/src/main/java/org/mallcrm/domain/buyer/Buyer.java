package org.mallcrm.domain.buyer;

import java.time.Instant;
import java.util.Objects;

/**
 * A registered buyer (下游客户): the id its app gives (the same id its scans carry), its profile, and when it
 * registered. Before registering, a buyer exists only as an id in scans (anonymous): its visits count, its profile
 * does not. Registering keeps the id, so the history of an anonymous buyer becomes the registered buyer's.
 */
public record Buyer(BuyerId id, BuyerProfile profile, Instant registeredAt) {

    public Buyer {
        Objects.requireNonNull(id, "buyer id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    public static Buyer register(BuyerId id, BuyerProfile profile, Instant at) {
        return new Buyer(id, profile, at);
    }

    public Buyer withProfile(BuyerProfile p) {
        return new Buyer(id, p, registeredAt);
    }

    public Phone phone() {
        return profile.phone();
    }
}
