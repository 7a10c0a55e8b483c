package org.mallcrm.application.credit.port.out;

import java.time.LocalDate;
import java.util.List;
import org.mallcrm.domain.credit.OverdueInstallment;

/** What the credit context reads from leasing: installments with principal unpaid and past due as of a day. */
@FunctionalInterface
public interface OverdueInstallments {

    /** No leasing in this build: nothing is ever overdue. */
    OverdueInstallments NONE = asOf -> List.of();

    List<OverdueInstallment> unpaidAsOf(LocalDate asOf);
}
