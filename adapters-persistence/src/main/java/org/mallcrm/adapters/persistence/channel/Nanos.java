package org.mallcrm.adapters.persistence.channel;

import java.time.Instant;

/** Instants as stored: INTEGER nanoseconds since the epoch (exact for the years the domain accepts). */
final class Nanos {

    private static final long PER_SECOND = 1_000_000_000L;

    private Nanos() {
    }

    static long of(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), PER_SECOND), at.getNano());
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, PER_SECOND), Math.floorMod(nanos, PER_SECOND));
    }
}
