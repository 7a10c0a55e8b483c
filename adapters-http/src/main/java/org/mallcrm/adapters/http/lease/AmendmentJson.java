package org.mallcrm.adapters.http.lease;

import java.time.LocalDate;
import java.util.List;
import org.mallcrm.domain.lease.AmendmentReport;
import org.mallcrm.domain.lease.Installment;

/**
 * What {@code leases amend} did: {@code {lease_no, version, kept_installments, end_before, end_after, total_before,
 * total_after, changes: [{seq, before, after}]}} where before/after are installments ({@code null} when absent).
 */
public record AmendmentJson(String leaseNo, int version, int keptInstallments, LocalDate endBefore, LocalDate endAfter,
        String totalBefore, String totalAfter, List<ChangeJson> changes) {

    public record ChangeJson(int seq, PlanLineJson before, PlanLineJson after) {
    }

    public record PlanLineJson(LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn, String amount, String rent,
            String managementFee) {

        static PlanLineJson of(Installment i) {
            return i == null ? null : new PlanLineJson(i.periodStart(), i.periodEnd(), i.dueOn(), i.amount().toString(),
                    i.rent().toString(), i.managementFee().toString());
        }
    }

    public static AmendmentJson of(String leaseNo, AmendmentReport r) {
        return new AmendmentJson(leaseNo, r.version(), r.keptInstallments(), r.endBefore(), r.endAfter(),
                r.totalBefore().toString(), r.totalAfter().toString(), r.changes().stream()
                        .map(c -> new ChangeJson(c.seq(), PlanLineJson.of(c.before()), PlanLineJson.of(c.after())))
                        .toList());
    }
}
