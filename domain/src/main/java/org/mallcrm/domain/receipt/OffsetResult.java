package org.mallcrm.domain.receipt;

import java.util.List;
import org.mallcrm.domain.money.Money;

/** Money put against a lease's oldest installments (an offset 抵扣): the lines, what was applied, what is left. */
public record OffsetResult(LeaseAccount account, List<AllocationLine> lines, Money applied, Money left) {

    public OffsetResult {
        lines = List.copyOf(lines);
    }
}
