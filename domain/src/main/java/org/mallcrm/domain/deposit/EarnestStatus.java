package org.mallcrm.domain.deposit;

/**
 * Where earnest money stands. {@code HELD}: locks its stalls until the hold ends; {@code EXPIRED}: the hold ended,
 * stalls released, money still held; {@code APPLIED}: the lease was signed and the money offset or converted (any
 * rest is still held); {@code REFUNDED}, {@code FORFEITED} (merchant walked away), {@code DOUBLE_RETURNED} (mall
 * walked away): settled.
 */
public enum EarnestStatus {
    HELD,
    EXPIRED,
    APPLIED,
    REFUNDED,
    FORFEITED,
    DOUBLE_RETURNED;

    public boolean isSettled() {
        return this == REFUNDED || this == FORFEITED || this == DOUBLE_RETURNED;
    }
}
