package org.mallcrm.domain.credit;

/**
 * Where a record stands on appeal (申诉). A merchant may appeal a record once; while it is under appeal it does
 * not count. Staff then uphold it (the record stands and counts again) or withdraw it (the record is struck
 * and never counts).
 */
public enum AppealState {
    NONE, UNDER_APPEAL, UPHELD, WITHDRAWN;

    /** Whether a record in this state counts towards the score. */
    public boolean counts() {
        return this == NONE || this == UPHELD;
    }
}
