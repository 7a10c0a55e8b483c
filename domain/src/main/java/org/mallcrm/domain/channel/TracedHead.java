package org.mallcrm.domain.channel;

import java.time.Instant;
import org.mallcrm.domain.buyer.BuyerId;

/**
 * A valid head on a statement line, traced to its two scans; {@code paid} tells whether it is one of the heads
 * paid for (when paid heads are capped, the earliest check-ins are paid first).
 */
public record TracedHead(BuyerId buyer, ScanId channelScan, Instant channelScanAt, ScanId checkinScan,
        Instant checkinAt, boolean paid) {

    public TracedHead {
        if (buyer == null || channelScan == null || channelScanAt == null || checkinScan == null
                || checkinAt == null) {
            throw new IllegalArgumentException("a traced head needs its buyer and both scans");
        }
    }

    static TracedHead of(ValidHead h, boolean paid) {
        return new TracedHead(h.buyer(), h.channelScan(), h.channelScanAt(), h.checkinScan(), h.checkinAt(), paid);
    }
}
