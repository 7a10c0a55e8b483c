package org.mallcrm.domain.credit;

import java.time.LocalDate;
import java.util.Objects;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.stall.StallNo;

/**
 * What the credit context needs to know of an unpaid installment (收款计划的期次) for {@link OverdueRule}.
 *
 * @param seq   the installment's sequence in its lease's plan, from 1
 * @param stall the lease's stall when it has exactly one, else {@code null}
 */
public record OverdueInstallment(MerchantNo merchant, LeaseNo lease, int seq, LocalDate dueOn, StallNo stall) {

    public OverdueInstallment {
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(dueOn, "dueOn");
        if (seq < 1) {
            throw new IllegalArgumentException("installment sequence starts at 1");
        }
    }
}
