package org.mallcrm.domain.receipt;

/**
 * Where an installment stands as of a day. {@code SCHEDULED}: not yet in its reminder window; {@code DUE}: in the
 * reminder window or on its due date, nothing paid; {@code PARTLY_PAID}: some principal paid, not overdue;
 * {@code PAID}: principal paid in full (a 0.00 installment once due); {@code OVERDUE}: past its due date with
 * principal outstanding.
 */
public enum InstallmentStatus {
    SCHEDULED,
    DUE,
    PARTLY_PAID,
    PAID,
    OVERDUE
}
