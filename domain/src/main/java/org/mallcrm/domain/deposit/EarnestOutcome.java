package org.mallcrm.domain.deposit;

import org.mallcrm.domain.money.Money;

/**
 * The result of an operation on earnest money: done, with what the mall pays back to the merchant by it, or
 * refused with the reason.
 */
public sealed interface EarnestOutcome permits EarnestOutcome.Done, EarnestOutcome.Refused {

    /** @param payBack what the mall pays the merchant in this operation (refund plus any double-return penalty) */
    record Done(EarnestMoney earnestMoney, Money payBack) implements EarnestOutcome {
    }

    record Refused(String reason) implements EarnestOutcome {
    }
}
