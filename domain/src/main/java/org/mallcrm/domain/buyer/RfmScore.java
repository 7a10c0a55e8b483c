package org.mallcrm.domain.buyer;

import java.util.Objects;
import org.mallcrm.domain.money.Money;

/**
 * One buyer's RFM: recency (days from the last visit to the as-of date), frequency (visit days in the window),
 * monetary (spend in the window), whether each is high, and the segment they make.
 */
public record RfmScore(BuyerId buyer, long recencyDays, long frequency, Money monetary, boolean recencyHigh,
        boolean frequencyHigh, boolean monetaryHigh, RfmSegment segment) {

    public RfmScore {
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(monetary, "monetary");
        if (segment != RfmSegment.of(recencyHigh, frequencyHigh, monetaryHigh)) {
            throw new IllegalArgumentException("segment " + segment + " does not match R, F and M");
        }
    }
}
