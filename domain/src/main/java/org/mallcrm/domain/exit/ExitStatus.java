package org.mallcrm.domain.exit;

/** An exit request's way: {@code REQUESTED → APPROVED → SETTLED}, or {@code WITHDRAWN} before settlement. */
public enum ExitStatus {
    REQUESTED,
    APPROVED,
    SETTLED,
    WITHDRAWN
}
