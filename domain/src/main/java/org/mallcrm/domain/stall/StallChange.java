package org.mallcrm.domain.stall;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.geometry.Area;

/**
 * A stall change (铺位变更单): a new number, a newly surveyed leasable area, or both, with its approval trail.
 * Any active stall may be changed (a leased stall's lease keeps its own leasable area); a retired one may not.
 *
 * @param noBefore       the number before the change
 * @param noAfter        the number after (equal when unchanged)
 * @param leasableBefore the leasable area before
 * @param leasableAfter  the leasable area after (equal when unchanged)
 * @param request        who asked, who approved, when, and the effective date
 */
public record StallChange(StallNo noBefore, StallNo noAfter, Area leasableBefore, Area leasableAfter,
        StallRequest request) implements StallDocument {

    public StallChange {
        Objects.requireNonNull(noBefore, "noBefore");
        Objects.requireNonNull(noAfter, "noAfter");
        Objects.requireNonNull(leasableBefore, "leasableBefore");
        Objects.requireNonNull(leasableAfter, "leasableAfter");
        Objects.requireNonNull(request, "request");
    }

    public boolean renumbers() {
        return !noBefore.equals(noAfter);
    }

    public boolean resurveys() {
        return !leasableBefore.equals(leasableAfter);
    }

    @Override
    public Kind kind() {
        return Kind.CHANGE;
    }

    @Override
    public List<StallNo> from() {
        return List.of(noBefore);
    }

    @Override
    public List<StallNo> to() {
        return List.of(noAfter);
    }

    @Override
    public String documentNo() {
        return request.documentNo();
    }

    public String requestedBy() {
        return request.requestedBy();
    }

    public Instant requestedAt() {
        return request.requestedAt();
    }

    public String approvedBy() {
        return request.approvedBy();
    }

    public Instant approvedAt() {
        return request.approvedAt();
    }

    @Override
    public LocalDate effectiveOn() {
        return request.effectiveOn();
    }

    /**
     * Changes the stall's number and/or leasable area (empty = keep). Refused when the stall is retired, the new
     * number is taken (see {@link GeometryPolicy#reuseNumbers()}), or nothing would change.
     */
    public static ChangeOutcome of(Stall stall, Optional<StallNo> newNo, Optional<Area> newLeasableArea,
            StallRequest request, StallNumbers existing, GeometryPolicy policy) {
        if (!stall.isActive()) {
            return new ChangeOutcome.Refused(new ReshapeRefusal(ReshapeRefusal.Reason.RETIRED, List.of(stall.no()),
                    Optional.of(stall.status()), stall.no() + " is " + stall.status() + " and can no longer change"));
        }
        StallNo no = newNo.orElse(stall.no());
        Area area = newLeasableArea.orElse(stall.leasableArea());
        if (area.isZero()) {
            return new ChangeOutcome.Refused(ReshapeRefusal.of(ReshapeRefusal.Reason.TOO_SMALL, stall.no(),
                    "a leasable area must be positive"));
        }
        if (no.equals(stall.no()) && area.equals(stall.leasableArea())) {
            return new ChangeOutcome.Refused(ReshapeRefusal.of(ReshapeRefusal.Reason.NO_CHANGE, stall.no(),
                    "the change leaves " + stall.no() + " as it is"));
        }
        if (!no.equals(stall.no())) {
            Optional<ReshapeRefusal> taken = Numbering.refuse(no, List.of(), existing, policy);
            if (taken.isPresent()) {
                return new ChangeOutcome.Refused(taken.get());
            }
        }
        Stall changed = stall.renumbered(no).withLeasableArea(area);
        return new ChangeOutcome.Changed(
                new StallChange(stall.no(), no, stall.leasableArea(), area, request), changed);
    }
}
