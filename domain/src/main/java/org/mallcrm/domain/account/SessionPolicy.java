package org.mallcrm.domain.account;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a session lives: it ends after {@code idleTimeout} without a request and at the latest {@code maxAge}
 * after sign-in; its last use is written to the store at most once per {@code touchEvery}, so the idle timeout is
 * exact to within that.
 */
public record SessionPolicy(Duration idleTimeout, Duration maxAge, Duration touchEvery) {

    /** 30 minutes idle, 12 hours at most, last use written once a minute. */
    public static final SessionPolicy DEFAULT = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12),
            Duration.ofMinutes(1));

    public SessionPolicy {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(touchEvery, "touchEvery");
        if (!idleTimeout.isPositive() || maxAge.compareTo(idleTimeout) < 0 || touchEvery.isNegative()
                || touchEvery.compareTo(idleTimeout) >= 0) {
            throw new IllegalArgumentException("need 0 <= touchEvery < idleTimeout <= maxAge");
        }
    }
}
