package org.mallcrm.domain.credit;

import java.time.LocalDate;
import java.util.Objects;

/** Whether a merchant may sign a new lease or renew one, as of a day. */
public sealed interface Eligibility permits Eligibility.Eligible, Eligibility.Refused {

    record Eligible() implements Eligibility {
    }

    /**
     * Refused while blacklisted.
     *
     * @param until the last blacklisted day (inclusive); the merchant is eligible again the day after
     */
    record Refused(String reason, LocalDate until) implements Eligibility {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(until, "until");
        }
    }
}
