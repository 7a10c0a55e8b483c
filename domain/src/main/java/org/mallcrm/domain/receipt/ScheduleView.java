package org.mallcrm.domain.receipt;

import java.util.List;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.money.Money;

/** A lease's schedule as of a day, for {@code leases schedule}: {@code lease_no, monthly_rent, total, installments}. */
public record ScheduleView(LeaseNo leaseNo, Money monthlyRent, Money total, Money credit,
        List<InstallmentView> installments) {

    public ScheduleView {
        installments = List.copyOf(installments);
    }
}
