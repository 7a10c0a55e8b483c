package org.mallcrm.domain.request;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mallcrm.domain.common.Texts;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.StaffId;
import org.mallcrm.domain.stall.StallNo;

/**
 * A merchant's report of a fault at its stall (维修申请): staff assign someone, who resolves it.
 * OPEN → ASSIGNED (again, to reassign) → RESOLVED.
 *
 * @param category   the kind of fault (水电, 空调, 门窗 …), the mall's own list
 * @param assignee   {@code null} while open
 * @param resolution what was done; {@code null} until resolved
 */
public record RepairRequest(RequestNo no, MerchantNo merchant, StallNo stall, String category, String description,
        Urgency urgency, Status status, StaffId assignee, String resolution, List<TrailEntry> trail) {

    public enum Status {
        OPEN, ASSIGNED, RESOLVED
    }

    /** How soon the fault must be dealt with. */
    public enum Urgency {
        LOW, NORMAL, URGENT
    }

    public RepairRequest {
        Objects.requireNonNull(no, "no");
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(stall, "stall");
        category = Texts.requireName(category, "repair category", 40);
        description = Texts.require(description, "repair description", 2000);
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(status, "status");
        resolution = Texts.optional(resolution, "resolution", 2000);
        if ((status == Status.OPEN) != (assignee == null)) {
            throw new IllegalArgumentException("repair request " + no + ": an assignee exactly when not open");
        }
        if ((status == Status.RESOLVED) != (resolution != null)) {
            throw new IllegalArgumentException("repair request " + no + ": a resolution exactly when resolved");
        }
        trail = Trails.require(trail);
    }

    /** The merchant reports a fault at {@code stall}; refused unless it is among {@code leasedStalls}. */
    public static RequestOutcome<RepairRequest> open(RequestNo no, MerchantNo merchant, Set<StallNo> leasedStalls,
            StallNo stall, String category, String description, Urgency urgency, Instant at) {
        RequestOutcome<RepairRequest> refused = Trails.unlessLeased(merchant, stall, leasedStalls);
        if (refused != null) {
            return refused;
        }
        return new RequestOutcome.Done<>(new RepairRequest(no, merchant, stall, category, description, urgency,
                Status.OPEN, null, null, List.of(TrailEntry.of(Actor.merchant(merchant), "OPENED", null, at))));
    }

    /** Staff {@code by} give the job to {@code to}; an assigned job may be reassigned; a resolved one may not. */
    public RequestOutcome<RepairRequest> assign(StaffId by, StaffId to, Instant at) {
        Objects.requireNonNull(by, "staff");
        Objects.requireNonNull(to, "assignee");
        if (status == Status.RESOLVED) {
            return Trails.wrongState("repair request " + no, status, "assigned");
        }
        return new RequestOutcome.Done<>(new RepairRequest(no, merchant, stall, category, description, urgency,
                Status.ASSIGNED, to, null,
                Trails.append(trail, TrailEntry.of(Actor.staff(by), "ASSIGNED", "to " + to, at))));
    }

    /** Staff record what was done; only an assigned job can be resolved. */
    public RequestOutcome<RepairRequest> resolve(StaffId by, String whatWasDone, Instant at) {
        Objects.requireNonNull(by, "staff");
        Texts.require(whatWasDone, "resolution", 2000);
        if (status != Status.ASSIGNED) {
            return Trails.wrongState("repair request " + no, status, "resolved (it must be assigned first)");
        }
        return new RequestOutcome.Done<>(new RepairRequest(no, merchant, stall, category, description, urgency,
                Status.RESOLVED, assignee, whatWasDone,
                Trails.append(trail, TrailEntry.of(Actor.staff(by), "RESOLVED", whatWasDone, at))));
    }
}
