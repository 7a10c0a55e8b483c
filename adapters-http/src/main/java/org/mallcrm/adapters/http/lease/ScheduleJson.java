package org.mallcrm.adapters.http.lease;

import java.time.LocalDate;
import java.util.List;
import org.mallcrm.domain.receipt.InstallmentView;
import org.mallcrm.domain.receipt.ScheduleView;

/**
 * {@code leases schedule} JSON: {@code lease_no, monthly_rent, total, installments[seq, period_start, period_end,
 * amount, due_on, paid, status]} as the contract says, plus {@code as_of}, {@code credit} and per installment
 * {@code rent, management_fee, outstanding, late_fee, days_overdue}.
 */
public record ScheduleJson(String leaseNo, String monthlyRent, String total, LocalDate asOf, String credit,
        List<InstallmentJson> installments) {

    public static ScheduleJson of(ScheduleView v, LocalDate asOf) {
        return new ScheduleJson(v.leaseNo().value(), v.monthlyRent().toString(), v.total().toString(), asOf,
                v.credit().toString(), v.installments().stream().map(InstallmentJson::of).toList());
    }

    /** One installment as of the day. */
    public record InstallmentJson(int seq, LocalDate periodStart, LocalDate periodEnd, String amount, LocalDate dueOn,
            String paid, String status, String rent, String managementFee, String outstanding, String lateFee,
            long daysOverdue) {

        public static InstallmentJson of(InstallmentView i) {
            return new InstallmentJson(i.seq(), i.periodStart(), i.periodEnd(), i.amount().toString(), i.dueOn(),
                    i.paid().toString(), i.status().name(), i.installment().rent().toString(),
                    i.installment().managementFee().toString(), i.outstanding().toString(), i.lateFee().toString(),
                    i.daysOverdue());
        }
    }
}
