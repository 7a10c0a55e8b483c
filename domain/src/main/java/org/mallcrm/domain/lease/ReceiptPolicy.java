package org.mallcrm.domain.lease;

import java.util.Objects;

/**
 * A mall's rules for receipts (收款单) and late fees (滞纳金).
 *
 * @param order           late fee before principal within an installment (default) or principal first
 * @param autoApplyCredit money beyond what is due goes to the next installments at once (default on);
 *                        otherwise it stays as credit on the lease
 * @param lateFeeRate     daily rate on overdue principal (0.05 %/day)
 * @param graceDays       days after the due date free of late fee (0); the fee then counts from the day after
 *                        due date + grace
 */
public record ReceiptPolicy(AllocationOrder order, boolean autoApplyCredit, LateFeeRate lateFeeRate, int graceDays) {

    public static final ReceiptPolicy DEFAULT = new ReceiptPolicy(AllocationOrder.LATE_FEE_FIRST, true,
            LateFeeRate.DEFAULT, 0);

    public ReceiptPolicy {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(lateFeeRate, "lateFeeRate");
        if (graceDays < 0) {
            throw new IllegalArgumentException("grace days cannot be negative");
        }
    }

    public ReceiptPolicy withOrder(AllocationOrder o) {
        return new ReceiptPolicy(o, autoApplyCredit, lateFeeRate, graceDays);
    }

    public ReceiptPolicy withAutoApplyCredit(boolean on) {
        return new ReceiptPolicy(order, on, lateFeeRate, graceDays);
    }

    public ReceiptPolicy withLateFeeRate(LateFeeRate rate) {
        return new ReceiptPolicy(order, autoApplyCredit, rate, graceDays);
    }

    public ReceiptPolicy withGraceDays(int days) {
        return new ReceiptPolicy(order, autoApplyCredit, lateFeeRate, days);
    }
}
