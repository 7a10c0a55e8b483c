package org.mallcrm.domain.channel;

import org.mallcrm.domain.buyer.BuyerId;

/** Names one head of a statement: a buyer on a trip (a buyer is at most one head per trip). */
public record HeadKey(TripNo trip, BuyerId buyer) {

    public HeadKey {
        if (trip == null || buyer == null) {
            throw new IllegalArgumentException("a head is named by its trip and buyer");
        }
    }
}
