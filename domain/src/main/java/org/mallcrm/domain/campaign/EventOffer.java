package org.mallcrm.domain.campaign;

import java.util.OptionalInt;

/** An event buyers sign up for (订货会, 新品发布), with an optional capacity (places). */
public record EventOffer(OptionalInt capacity) implements CampaignOffer {

    public EventOffer {
        capacity = capacity == null ? OptionalInt.empty() : capacity;
        if (capacity.isPresent() && capacity.getAsInt() < 1) {
            throw new IllegalArgumentException("an event's capacity is at least 1, not " + capacity.getAsInt());
        }
    }

    public static EventOffer unlimited() {
        return new EventOffer(OptionalInt.empty());
    }

    public static EventOffer withCapacity(int places) {
        return new EventOffer(OptionalInt.of(places));
    }

    @Override
    public CampaignKind kind() {
        return CampaignKind.EVENT;
    }
}
