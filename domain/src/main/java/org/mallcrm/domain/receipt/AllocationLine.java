package org.mallcrm.domain.receipt;

import org.mallcrm.domain.money.Money;

/** One line of an allocation: an amount put against a charge of installment {@code seq}. JSON {@code {seq, kind, amount}}. */
public record AllocationLine(int seq, ChargeKind kind, Money amount) {
}
