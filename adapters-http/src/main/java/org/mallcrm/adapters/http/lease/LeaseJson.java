package org.mallcrm.adapters.http.lease;

import java.time.LocalDate;
import java.util.List;
import org.mallcrm.application.lease.port.out.LeaseRecord;
import org.mallcrm.domain.lease.Escalation;
import org.mallcrm.domain.lease.LeaseTerms;
import org.mallcrm.domain.lease.Percent;
import org.mallcrm.domain.stall.StallNo;

/**
 * A lease as the API and the CLI show it: the spec's fields (money and areas as strings), plus {@code version},
 * {@code status} (UPCOMING, ACTIVE, EXPIRED or TERMINATED as of today), {@code monthly_rent}, {@code total_rent},
 * {@code total}, {@code installments}, {@code credit}, {@code terminated_on} and the security deposit's figures.
 */
public record LeaseJson(
        String leaseNo,
        String merchantNo,
        List<String> stallNos,
        String kind,
        LocalDate start,
        LocalDate end,
        String leasableAreaM2,
        String rentPerM2Month,
        String rentPerM2Day,
        String billing,
        int advanceDays,
        List<RentFreeJson> rentFree,
        EscalationJson escalation,
        String proration,
        String managementFeePerM2Month,
        String securityDeposit,
        List<String> ratios,
        LocalDate signingDate,
        LocalDate rentStartDate,
        int version,
        String status,
        String monthlyRent,
        String totalRent,
        String total,
        int installments,
        String credit,
        LocalDate terminatedOn,
        String depositReceived,
        String depositHeld) {

    public record RentFreeJson(LocalDate from, LocalDate to) {
    }

    public record EscalationJson(String percent, int everyMonths, String anchor, boolean compound, String method,
            String stepPerM2) {
    }

    public static LeaseJson of(LeaseRecord r, LocalDate today) {
        LeaseTerms t = r.account().lease().terms();
        Escalation e = t.escalation();
        return new LeaseJson(t.leaseNo().value(), t.merchantNo().value(),
                t.stallNos().stream().map(StallNo::value).toList(), t.kind().name(), t.start(), t.end(),
                t.leasableAreaM2().toString(), t.rentPerM2Month() == null ? null : t.rentPerM2Month().toString(),
                t.rentPerM2Day() == null ? null : t.rentPerM2Day().toString(), t.billing().name(), t.advanceDays(),
                t.rentFree().stream().map(f -> new RentFreeJson(f.from(), f.to())).toList(),
                e == null ? null : new EscalationJson(e.percent().toString(), e.everyMonths(), e.anchor().name(),
                        e.compound(), e.method().name(), e.stepPerM2().toString()),
                t.proration().name(), t.managementFeePerM2Month().toString(), t.securityDeposit().toString(),
                t.ratios().stream().map(Percent::toString).toList(), t.signingDate(), t.rentStartDate(),
                r.account().lease().version(), status(r, today), r.account().lease().monthlyRent().toString(),
                r.account().lease().totalRent().toString(), r.account().lease().total().toString(),
                r.account().lease().plan().size(), r.account().credit().toString(), r.terminatedOn(),
                r.deposit().received().toString(), r.deposit().held().toString());
    }

    /** UPCOMING before the start, ACTIVE through the end, EXPIRED after it, TERMINATED once an exit is settled. */
    public static String status(LeaseRecord r, LocalDate today) {
        LeaseTerms t = r.account().lease().terms();
        if (r.terminatedOn() != null) {
            return "TERMINATED";
        }
        if (today.isBefore(t.start())) {
            return "UPCOMING";
        }
        return today.isAfter(t.end()) ? "EXPIRED" : "ACTIVE";
    }
}
