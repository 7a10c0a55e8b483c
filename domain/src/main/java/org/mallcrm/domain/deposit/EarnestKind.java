package org.mallcrm.domain.deposit;

/**
 * The two kinds of earnest money. {@code PREPAYMENT} (订金): refundable, never doubled. {@code EARNEST} (定金): up to
 * the cap (20 % of the lease's total rent) it is forfeited if the merchant walks away and returned double if the
 * mall does; anything above the cap is a prepayment.
 */
public enum EarnestKind {
    PREPAYMENT,
    EARNEST
}
