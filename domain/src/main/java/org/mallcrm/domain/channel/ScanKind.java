package org.mallcrm.domain.channel;

/** What a scan proves: {@code CHANNEL} the buyer scanned a trip's channel code (渠道码) on the coach;
 * {@code CHECKIN} the buyer scanned a gate's check-in code (签到码) on arrival at the mall. */
public enum ScanKind {
    CHANNEL,
    CHECKIN
}
