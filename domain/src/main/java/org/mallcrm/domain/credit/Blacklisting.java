package org.mallcrm.domain.credit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stay on the blacklist (黑名单): from the trigger day through {@code through} inclusive. It blocks new leases
 * and renewals and survives the period's score reset.
 *
 * @param trigger the record that caused it: the severe record, or the record on whose day the score fell to
 *                grade D (for a rolling period, possibly the day an earlier bonus expired: then the latest
 *                record of the period)
 */
public record Blacklisting(LocalDate from, LocalDate through, Cause cause, BehaviourRecordId trigger) {

    public Blacklisting {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(through, "through");
        Objects.requireNonNull(cause, "cause");
        if (through.isBefore(from)) {
            throw new IllegalArgumentException("blacklisting ends before it starts");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(through);
    }

    /** Why the merchant was blacklisted. */
    public enum Cause {
        /** A record of a {@link Severity#SEVERE} type. */
        SEVERE_RECORD,
        /** The score fell to grade D. */
        GRADE_D
    }
}
