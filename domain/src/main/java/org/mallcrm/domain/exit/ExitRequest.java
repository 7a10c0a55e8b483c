package org.mallcrm.domain.exit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.mallcrm.domain.common.Identifiers;
import org.mallcrm.domain.lease.Lease;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.stall.StallNo;

/**
 * An exit request (退铺申请单): a merchant leaves its stalls by surrender, relocation, sublet or assignment, asked by
 * the merchant or the mall, at expiry or early. Settled with a {@link SettlementStatement}.
 *
 * @param settlement null until settled
 */
public record ExitRequest(String exitNo, LeaseNo leaseNo, MerchantNo merchantNo, List<StallNo> stallNos,
        ExitType type, Initiator initiator, ExitTiming timing, LocalDate requestedOn, LocalDate exitOn, String reason,
        ExitStatus status, SettlementStatement settlement) {

    public ExitRequest {
        exitNo = Identifiers.require(exitNo, "exit number");
        Objects.requireNonNull(leaseNo, "leaseNo");
        Objects.requireNonNull(merchantNo, "merchantNo");
        stallNos = List.copyOf(stallNos);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(initiator, "initiator");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(requestedOn, "requestedOn");
        Objects.requireNonNull(exitOn, "exitOn");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
        if ((status == ExitStatus.SETTLED) != (settlement != null)) {
            throw new IllegalStateException("a settled exit has its statement, and only a settled one");
        }
    }

    /** A new request for a lease; the timing follows from the exit day and the lease end. */
    public static ExitRequest request(String exitNo, Lease lease, ExitType type, Initiator initiator,
            LocalDate requestedOn, LocalDate exitOn, String reason) {
        return new ExitRequest(exitNo, lease.leaseNo(), lease.merchantNo(), lease.stallNos(), type, initiator,
                ExitTiming.of(exitOn, lease.terms().end()), requestedOn, exitOn, reason, ExitStatus.REQUESTED, null);
    }

    private ExitRequest with(ExitStatus s, SettlementStatement st) {
        return new ExitRequest(exitNo, leaseNo, merchantNo, stallNos, type, initiator, timing, requestedOn, exitOn,
                reason, s, st);
    }

    public ExitOutcome approve() {
        if (status != ExitStatus.REQUESTED) {
            return new ExitOutcome.Refused("exit " + exitNo + " is " + status + ", not requested");
        }
        return new ExitOutcome.Moved(with(ExitStatus.APPROVED, null));
    }

    public ExitOutcome withdraw() {
        if (status == ExitStatus.SETTLED || status == ExitStatus.WITHDRAWN) {
            return new ExitOutcome.Refused("exit " + exitNo + " is already " + status);
        }
        return new ExitOutcome.Moved(with(ExitStatus.WITHDRAWN, null));
    }

    /** Settles an approved exit with its statement (then settle the deposit with its {@code depositApplied()}). */
    public ExitOutcome settle(SettlementStatement statement) {
        if (status != ExitStatus.APPROVED) {
            return new ExitOutcome.Refused("exit " + exitNo + " is " + status + "; only an approved exit is settled");
        }
        if (!statement.exitOn().equals(exitOn)) {
            return new ExitOutcome.Refused("the statement is for " + statement.exitOn() + ", the exit is on "
                    + exitOn);
        }
        return new ExitOutcome.Moved(with(ExitStatus.SETTLED, statement));
    }
}
