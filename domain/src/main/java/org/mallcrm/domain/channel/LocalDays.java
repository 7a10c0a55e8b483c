package org.mallcrm.domain.channel;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The local day (as epoch day) of an instant in one zone, fast: the zone's offset is cached over the span
 * between two transitions (for Asia/Shanghai, everything after 1991 is one span).
 */
final class LocalDays {

    private static final long SECONDS_PER_DAY = 86_400L;

    private final ZoneRules rules;
    private long validFrom = Long.MAX_VALUE;
    private long validUntil = Long.MIN_VALUE;
    private long offsetSeconds;

    LocalDays(ZoneId zone) {
        this.rules = zone.getRules();
    }

    long epochDay(long epochNanos) {
        long sec = Math.floorDiv(epochNanos, EpochNanos.NANOS_PER_SECOND);
        if (sec < validFrom || sec >= validUntil) {
            refresh(sec);
        }
        return Math.floorDiv(sec + offsetSeconds, SECONDS_PER_DAY);
    }

    private void refresh(long sec) {
        Instant at = Instant.ofEpochSecond(sec);
        offsetSeconds = rules.getOffset(at).getTotalSeconds();
        ZoneOffsetTransition previous = rules.previousTransition(Instant.ofEpochSecond(sec + 1));
        ZoneOffsetTransition next = rules.nextTransition(at);
        validFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
        validUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
    }
}
