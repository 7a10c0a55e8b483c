package org.mallcrm.domain.account;

import java.time.Duration;
import java.util.Objects;

/**
 * How repeated wrong passwords are slowed down and then stopped. The first {@code freeFailures} wrong passwords in
 * a row are answered at once; each one after is answered only after a pause that doubles from {@code firstDelay}
 * up to {@code maxDelay}; the {@code lockAfter}-th in a row locks the account for {@code lockFor}, during which even
 * the right password is refused. A right password, or the end of a lock, starts the count again.
 */
public record SignInPolicy(int freeFailures, Duration firstDelay, Duration maxDelay, int lockAfter,
        Duration lockFor) {

    /** Two free tries, then 1 s, 2 s …; five wrong in a row lock the account for 15 minutes. */
    public static final SignInPolicy DEFAULT = new SignInPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(8), 5,
            Duration.ofMinutes(15));

    public SignInPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(lockFor, "lockFor");
        if (freeFailures < 0 || lockAfter < 1 || freeFailures >= lockAfter) {
            throw new IllegalArgumentException("need 0 <= freeFailures < lockAfter");
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || !lockFor.isPositive()) {
            throw new IllegalArgumentException("delays must be 0 <= first <= max, the lock positive");
        }
    }

    /** The pause before answering the {@code failures}-th wrong password in a row (1-based). */
    public Duration delayAfter(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures - 1, 20);
        Duration d = firstDelay.multipliedBy(1L << doublings);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
