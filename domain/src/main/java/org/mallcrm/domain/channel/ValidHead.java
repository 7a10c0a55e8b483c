package org.mallcrm.domain.channel;

import java.time.Instant;
import org.mallcrm.domain.buyer.BuyerId;

/**
 * A valid head (有效人头): a buyer proven for a trip by both codes, with the two scans that prove it (the first
 * channel scan of the trip's code, and the check-in used).
 */
public record ValidHead(Trip trip, BuyerId buyer, ScanId channelScan, Instant channelScanAt, ScanId checkinScan,
        Instant checkinAt) {

    public ValidHead {
        if (trip == null || buyer == null || channelScan == null || channelScanAt == null || checkinScan == null
                || checkinAt == null) {
            throw new IllegalArgumentException("a valid head needs its trip, buyer and both scans");
        }
    }
}
