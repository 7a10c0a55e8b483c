package org.mallcrm.domain.campaign;

/** Why a sign-up (活动报名), its cancellation or an attendance is refused. */
public enum SignupRefusal {
    NOT_AN_EVENT,
    NOT_RUNNING,
    NOT_IN_AUDIENCE,
    UNKNOWN_BUYER,
    /** Every place is taken. */
    FULL,
    ALREADY_SIGNED_UP,
    NOT_SIGNED_UP,
    /** A sign-up is cancellable only until the event starts. */
    ALREADY_STARTED,
    /** Attendance is recorded from the start of the event. */
    NOT_STARTED
}
