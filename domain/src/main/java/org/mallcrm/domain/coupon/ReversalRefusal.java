package org.mallcrm.domain.coupon;

/** Why a reversal (撤销核销) is refused. */
public enum ReversalRefusal {
    ALREADY_REVERSED,
    /** Past the reversal window (24 hours by default) after the redemption. */
    REVERSAL_WINDOW_CLOSED
}
