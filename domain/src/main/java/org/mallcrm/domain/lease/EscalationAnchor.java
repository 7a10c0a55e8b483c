package org.mallcrm.domain.lease;

/** The date escalation anniversaries count from: the lease start or the rent start date (计租日). */
public enum EscalationAnchor {
    START,
    RENT_START
}
