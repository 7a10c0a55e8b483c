package org.mallcrm.domain.deposit;

import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.LeaseAccount;

/**
 * The result of applying earnest money when its lease is signed: the earnest money and the lease account after the
 * offset, and what was converted into security deposit (zero when offset); or a refusal.
 */
public sealed interface SigningOutcome permits SigningOutcome.Applied, SigningOutcome.Refused {

    record Applied(EarnestMoney earnestMoney, LeaseAccount account, Money convertedToDeposit)
            implements SigningOutcome {
    }

    record Refused(String reason) implements SigningOutcome {
    }
}
