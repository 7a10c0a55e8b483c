package org.mallcrm.domain.channel;

import java.time.Instant;
import org.mallcrm.domain.buyer.BuyerId;

/** One scan event (扫码记录): a buyer scanned a code of the given kind at an instant. */
public record Scan(ScanId scanId, ScanKind kind, ScanCode code, BuyerId buyer, Instant scannedAt) {

    public Scan {
        if (scanId == null || kind == null || code == null || buyer == null || scannedAt == null) {
            throw new IllegalArgumentException("a scan needs its id, kind, code, buyer and time");
        }
        EpochNanos.of(scannedAt, "scanned_at");
    }
}
