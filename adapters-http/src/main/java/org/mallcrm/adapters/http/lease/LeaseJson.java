package org.mallcrm.adapters.http.lease;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.domain.exit.Relocation;
import org.mallcrm.domain.lease.Escalation;
import org.mallcrm.domain.lease.LeaseTerms;
import org.mallcrm.domain.lease.Percent;
import org.mallcrm.domain.stall.StallNo;

/**
 * A lease as the API and the CLI show it: the spec's fields (money and areas as strings), plus {@code version},
 * {@code status} (UPCOMING, ACTIVE, EXPIRED or TERMINATED as of today), {@code monthly_rent}, {@code total_rent},
 * {@code total}, {@code installments}, {@code credit}, {@code credit_refunded} (credit paid back at exit, or released
 * by a relocation and not taken by the new lease), {@code terminated_on} and the security deposit's figures;
 * when the lease was just signed as a relocation (调铺), {@code relocation}: what it carried over from the old lease.
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
        String creditRefunded,
        LocalDate terminatedOn,
        String endedBy,
        String depositReceived,
        String depositHeld,
        List<VersionJson> versions,
        @JsonInclude(JsonInclude.Include.NON_NULL) RelocationJson relocation) {

    /**
     * What a relocation carried over: {@code released_paid_ahead + deposit_held = arrears_settled + offset_on_new +
     * deposit_carried + refund}; {@code still_owed} is what neither covered and stays owed on the old lease.
     */
    public record RelocationJson(String fromLease, LocalDate oldLeaseEndedOn, String releasedPaidAhead,
            String depositHeld, String arrearsSettled, String depositApplied, String offsetOnNew,
            String depositCarried, String refund, String stillOwed) {

        public static RelocationJson of(Relocation r) {
            return new RelocationJson(r.fromLease().value(), r.endsOldOn(), r.releasedPaidAhead().toString(),
                    r.depositHeld().toString(), r.arrearsSettled().toString(), r.depositApplied().toString(),
                    r.offsetOnNew().toString(), r.depositCarried().toString(), r.refund().toString(),
                    r.stillOwed().toString());
        }
    }

    /** A lease just signed, with what a relocation carried over (null for other kinds). */
    public static LeaseJson of(LeaseRecord r, LocalDate today, Relocation relocation) {
        LeaseJson j = of(r, today);
        if (relocation == null) {
            return j;
        }
        return new LeaseJson(j.leaseNo, j.merchantNo, j.stallNos, j.kind, j.start, j.end, j.leasableAreaM2,
                j.rentPerM2Month, j.rentPerM2Day, j.billing, j.advanceDays, j.rentFree, j.escalation, j.proration,
                j.managementFeePerM2Month, j.securityDeposit, j.ratios, j.signingDate, j.rentStartDate, j.version,
                j.status, j.monthlyRent, j.totalRent, j.total, j.installments, j.credit, j.creditRefunded,
                j.terminatedOn, j.endedBy,
                j.depositReceived, j.depositHeld, j.versions, RelocationJson.of(relocation));
    }

    /** One version of the terms: 1 is the signed lease; later ones name their amendment. */
    public record VersionJson(int version, String amendmentNo, LocalDate effectiveOn, LocalDate end, String note) {
    }

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
                r.account().lease().plan().size(), r.account().credit().toString(),
                r.account().transfers().refunded().toString(), r.terminatedOn(),
                r.ending() == null ? null : r.ending().kind().name(), r.deposit().received().toString(), r.deposit().held().toString(),
                r.account().lease().history().stream().map(v -> new VersionJson(v.version(),
                        v.amendment() == null ? null : v.amendment().amendmentNo(),
                        v.amendment() == null ? null : v.amendment().effectiveOn(), v.terms().end(),
                        v.amendment() == null ? null : v.amendment().note())).toList(), null);
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
