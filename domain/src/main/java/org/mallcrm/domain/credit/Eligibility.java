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
     * @param reason why the merchant is blacklisted, e.g. "severe behaviour on 2026-11-16"
     * @param until  the last blacklisted day (inclusive); the merchant is eligible again the day after
     */
    record Refused(String reason, LocalDate until) implements Eligibility {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(until, "until");
        }

        /** The one sentence every refusal shows: "blacklisted through 2028-11-15 (severe behaviour on …)". */
        public String describe() {
            return "blacklisted through " + until + " (" + reason + ")";
        }
    }
}
