package org.mallcrm.domain.channel;

import java.time.Instant;

/** Instants as nanoseconds since the epoch, exact, for years 1900 to 2199. */
final class EpochNanos {

    static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final Instant MIN = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant MAX = Instant.parse("2200-01-01T00:00:00Z");

    private EpochNanos() {
    }

    static long of(Instant at, String what) {
        if (at.isBefore(MIN) || !at.isBefore(MAX)) {
            throw new IllegalArgumentException(what + " " + at + " is not between 1900 and 2199");
        }
        return at.getEpochSecond() * NANOS_PER_SECOND + at.getNano();
    }

    static Instant toInstant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }
}
