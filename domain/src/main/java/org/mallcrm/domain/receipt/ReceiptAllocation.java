package org.mallcrm.domain.receipt;

import java.util.List;
import org.mallcrm.domain.money.Money;

/**
 * How a receipt was allocated: its lines, oldest due first, and the credit left unallocated. The lines and the
 * credit always add up to the amount. JSON {@code {receipt_no, amount, allocations, credit}}.
 */
public record ReceiptAllocation(String receiptNo, Money amount, List<AllocationLine> allocations, Money credit) {

    public ReceiptAllocation {
        allocations = List.copyOf(allocations);
        Money allocated = Money.sum(allocations.stream().map(AllocationLine::amount).toList());
        if (credit.isNegative() || !allocated.plus(credit).equals(amount)) {
            throw new IllegalStateException("allocations " + allocated + " and credit " + credit
                    + " do not add up to the receipt " + amount);
        }
    }

    public Money allocated() {
        return amount.minus(credit);
    }
}
