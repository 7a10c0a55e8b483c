package org.mallcrm.domain.campaign;

import java.time.Duration;
import java.time.Instant;
import org.mallcrm.domain.time.MallTime;

/**
 * How a batch's coupons are valid: for the campaign's window (from its start through the end of the local day it
 * ends on), or for N days from the claim (from the claim through the end of the local day N × 24 hours later).
 */
public sealed interface ValidityRule permits ValidityRule.WholeWindow, ValidityRule.DaysAfterClaim {

    Validity validityFor(Instant claimedAt, CampaignWindow window);

    /** Valid through the campaign's window. */
    record WholeWindow() implements ValidityRule {

        @Override
        public Validity validityFor(Instant claimedAt, CampaignWindow window) {
            return new Validity(window.startsAt(), MallTime.dayOf(window.endsAt()));
        }
    }

    /** Valid from the claim for {@code days} days, through the end of that last local day. */
    record DaysAfterClaim(int days) implements ValidityRule {

        public static final int MAX_DAYS = 3660;

        public DaysAfterClaim {
            if (days < 1 || days > MAX_DAYS) {
                throw new IllegalArgumentException("valid days are 1 to " + MAX_DAYS + ", not " + days);
            }
        }

        @Override
        public Validity validityFor(Instant claimedAt, CampaignWindow window) {
            return new Validity(claimedAt, MallTime.dayOf(claimedAt.plus(Duration.ofDays(days))));
        }
    }
}
