package org.mallcrm.domain.lease;

import java.util.Objects;

/**
 * A mall's rules for earnest money (订金/定金).
 *
 * @param holdDays          how long a payment locks a stall (30 days)
 * @param earnestCapPercent the share of the lease's total rent that can count as 定金 (20 %); the rest is a
 *                          prepayment. The cap is rounded down to the fen so it never exceeds the share.
 * @param onSigning         offset the oldest installments (default) or convert to security deposit
 */
public record EarnestMoneyPolicy(int holdDays, Percent earnestCapPercent, EarnestOnSigning onSigning) {

    /** The law's cap on 定金 (民法典 第五百八十六条): 20 % of the contract value; not a mall setting. */
    public static final Percent STATUTORY_EARNEST_CAP = Percent.of(20);

    /**
     * The longest hold (a year and a day): the bound of the mall's default ({@code deposit.hold_days}) and of the days
     * a single hold names, in the API, the CLI and the console's form alike.
     */
    public static final int MAX_HOLD_DAYS = 366;

    public static final EarnestMoneyPolicy DEFAULT = new EarnestMoneyPolicy(30, STATUTORY_EARNEST_CAP,
            EarnestOnSigning.OFFSET_INSTALLMENTS);

    public EarnestMoneyPolicy {
        if (holdDays < 1 || holdDays > MAX_HOLD_DAYS) {
            throw new IllegalArgumentException("a hold lasts 1 to " + MAX_HOLD_DAYS + " days, not " + holdDays);
        }
        Objects.requireNonNull(earnestCapPercent, "earnestCapPercent");
        if (earnestCapPercent.compareTo(Percent.HUNDRED) > 0) {
            throw new IllegalArgumentException("the earnest cap cannot exceed 100 %");
        }
        Objects.requireNonNull(onSigning, "onSigning");
    }

    public EarnestMoneyPolicy withOnSigning(EarnestOnSigning o) {
        return new EarnestMoneyPolicy(holdDays, earnestCapPercent, o);
    }

    public EarnestMoneyPolicy withHoldDays(int days) {
        return new EarnestMoneyPolicy(days, earnestCapPercent, onSigning);
    }
}
