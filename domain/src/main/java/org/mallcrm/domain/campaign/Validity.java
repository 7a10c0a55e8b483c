package org.mallcrm.domain.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.mallcrm.domain.time.MallTime;

/**
 * When a coupon may be redeemed: from an instant through the end of its last local day (Beijing time). One
 * nanosecond after that day ends, it is expired.
 */
public record Validity(Instant from, LocalDate lastDay) {

    public Validity {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(lastDay, "lastDay");
        if (!from.isBefore(MallTime.endOf(lastDay))) {
            throw new IllegalArgumentException("validity from " + from + " starts after its last day " + lastDay);
        }
    }

    /** What an instant is to the validity. */
    public enum Judgement {
        NOT_YET_VALID,
        VALID,
        EXPIRED
    }

    public Judgement judge(Instant t) {
        if (t.isBefore(from)) {
            return Judgement.NOT_YET_VALID;
        }
        return t.isBefore(expiresAt()) ? Judgement.VALID : Judgement.EXPIRED;
    }

    /** The first instant the coupon is no longer valid: the start of the day after the last day. */
    public Instant expiresAt() {
        return MallTime.endOf(lastDay);
    }

    /** The last whole second of validity, for showing: {@code 2026-10-07T23:59:59+08:00}. */
    public Instant validUntil() {
        return expiresAt().minusSeconds(1);
    }
}
