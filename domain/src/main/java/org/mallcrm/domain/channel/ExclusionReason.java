package org.mallcrm.domain.channel;

/**
 * Why a channel scan did not make a valid head. For a trip and a buyer who scanned its channel code, the first
 * reason that applies: {@code NO_CHECKIN} (the buyer has no check-in in the reconciled period at all),
 * {@code OUTSIDE_WINDOW} (no check-in inside the trip's window), {@code SCAN_ORDER} (check-ins inside the window,
 * but all before the channel scan, beyond the tolerance); then {@code CLAIMED_BY_OTHER_TRIP} (valid, but the buyer
 * counts for another trip that day). These count buyers.
 *
 * <p>{@code DUPLICATE} counts repeated channel scans of the same trip's code by the same buyer (events, not
 * buyers: only the earliest scan counts). {@code UNKNOWN_CODE} counts channel scans whose code names no trip;
 * they belong to no trip and appear only in the totals.
 */
public enum ExclusionReason {
    NO_CHECKIN,
    OUTSIDE_WINDOW,
    SCAN_ORDER,
    CLAIMED_BY_OTHER_TRIP,
    DUPLICATE,
    UNKNOWN_CODE
}
