package org.mallcrm.domain.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mallcrm.domain.common.Texts;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.StaffId;
import org.mallcrm.domain.stall.StallNo;

/**
 * A merchant's request to open a stall outside hours (加班申请) on a day, from one local time to a later one
 * the same day; staff approve or reject it. SUBMITTED → APPROVED | REJECTED.
 *
 * @param decisionNote the approver's note or the rejection's reason; {@code null} while submitted
 */
public record OvertimeRequest(RequestNo no, MerchantNo merchant, StallNo stall, LocalDate date, LocalTime from,
        LocalTime to, String reason, Status status, String decisionNote, List<TrailEntry> trail) {

    public enum Status {
        SUBMITTED, APPROVED, REJECTED
    }

    public OvertimeRequest {
        Objects.requireNonNull(no, "no");
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(stall, "stall");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("overtime from " + from + " must be before to " + to + " (same day)");
        }
        reason = Texts.require(reason, "overtime reason", 500);
        Objects.requireNonNull(status, "status");
        decisionNote = Texts.optional(decisionNote, "decision note", 500);
        trail = Trails.require(trail);
    }

    /**
     * The merchant asks for overtime at {@code stall}; refused unless the stall is among {@code leasedStalls},
     * the stalls the merchant leases (the caller loads them).
     */
    public static RequestOutcome<OvertimeRequest> submit(RequestNo no, MerchantNo merchant, Set<StallNo> leasedStalls,
            StallNo stall, LocalDate date, LocalTime from, LocalTime to, String reason, Instant at) {
        RequestOutcome<OvertimeRequest> refused = Trails.unlessLeased(merchant, stall, leasedStalls);
        if (refused != null) {
            return refused;
        }
        return new RequestOutcome.Done<>(new OvertimeRequest(no, merchant, stall, date, from, to, reason,
                Status.SUBMITTED, null, List.of(TrailEntry.of(Actor.merchant(merchant), "SUBMITTED", null, at))));
    }

    public RequestOutcome<OvertimeRequest> approve(StaffId by, String note, Instant at) {
        return decide(Status.APPROVED, by, note, at);
    }

    /** Rejects with a reason, which the merchant sees. */
    public RequestOutcome<OvertimeRequest> reject(StaffId by, String why, Instant at) {
        Texts.require(why, "rejection reason", 500);
        return decide(Status.REJECTED, by, why, at);
    }

    private RequestOutcome<OvertimeRequest> decide(Status decision, StaffId by, String note, Instant at) {
        Objects.requireNonNull(by, "staff");
        if (status != Status.SUBMITTED) {
            return Trails.wrongState("overtime request " + no, status,
                    decision.name().toLowerCase(java.util.Locale.ROOT));
        }
        return new RequestOutcome.Done<>(new OvertimeRequest(no, merchant, stall, date, from, to, reason, decision,
                note, Trails.append(trail, TrailEntry.of(Actor.staff(by), decision.name(), note, at))));
    }
}
