package org.mallcrm.domain.placement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.common.Identifiers;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.lease.LeaseKind;
import org.mallcrm.domain.lease.LeaseTerms;
import org.mallcrm.domain.lease.SchedulePolicy;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.StallNo;

/**
 * A placement (落位单): the stalls chosen for a merchant, the agreed price per m² per month and the merchant's grade,
 * awaiting approval. Its trail keeps every step. An approved placement is the source of a lease.
 *
 * @param leasableAreaM2 the stalls' leasable area the price applies to
 */
public record Placement(String placementNo, MerchantNo merchantNo, List<StallNo> stallNos, Area leasableAreaM2,
        Money agreedRentPerM2Month, Grade grade, PlacementStatus status, List<PlacementStep> trail) {

    public Placement {
        placementNo = Identifiers.require(placementNo, "placement number");
        Objects.requireNonNull(merchantNo, "merchantNo");
        stallNos = List.copyOf(stallNos);
        if (stallNos.isEmpty()) {
            throw new IllegalArgumentException("a placement names at least one stall");
        }
        Objects.requireNonNull(leasableAreaM2, "leasableAreaM2");
        Objects.requireNonNull(agreedRentPerM2Month, "agreedRentPerM2Month");
        if (agreedRentPerM2Month.isNegative()) {
            throw new IllegalArgumentException("an agreed price cannot be negative");
        }
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(status, "status");
        trail = List.copyOf(trail);
    }

    /** A new draft, its first step recorded. */
    public static Placement draft(String placementNo, MerchantNo merchantNo, List<StallNo> stallNos, Area area,
            Money agreedRentPerM2Month, Grade grade, String by, Instant at) {
        return new Placement(placementNo, merchantNo, stallNos, area, agreedRentPerM2Month, grade,
                PlacementStatus.DRAFT, List.of(new PlacementStep(null, PlacementStatus.DRAFT, by, at, "")));
    }

    private PlacementOutcome move(PlacementStatus expected, PlacementStatus to, String by, Instant at, String note) {
        if (status != expected) {
            return new PlacementOutcome.Refused("placement-wrong-state", "placement " + placementNo + " is " + status
                    + "; only a "
                    + expected + " placement can become " + to);
        }
        List<PlacementStep> steps = new ArrayList<>(trail);
        steps.add(new PlacementStep(status, to, by, at, note));
        return new PlacementOutcome.Moved(new Placement(placementNo, merchantNo, stallNos, leasableAreaM2,
                agreedRentPerM2Month, grade, to, steps));
    }

    public PlacementOutcome submit(String by, Instant at) {
        return move(PlacementStatus.DRAFT, PlacementStatus.SUBMITTED, by, at, "");
    }

    /** Approval; a grade D merchant is refused (a blacklisted merchant is checked by the application). */
    public PlacementOutcome approve(String by, Instant at, String note) {
        if (grade == Grade.D && status == PlacementStatus.SUBMITTED) {
            return new PlacementOutcome.Refused("grade-d", "placement " + placementNo
                    + ": a grade D merchant cannot be placed");
        }
        return move(PlacementStatus.SUBMITTED, PlacementStatus.APPROVED, by, at, note);
    }

    public PlacementOutcome reject(String by, Instant at, String reason) {
        if (reason == null || reason.isBlank()) {
            return new PlacementOutcome.Refused("reason-missing", "a rejection gives its reason");
        }
        return move(PlacementStatus.SUBMITTED, PlacementStatus.REJECTED, by, at, reason);
    }

    /** A rejected placement goes back to draft, with new stalls, price or grade. */
    public PlacementOutcome redraft(List<StallNo> stalls, Area area, Money price, Grade newGrade, String by,
            Instant at) {
        if (status != PlacementStatus.REJECTED) {
            return new PlacementOutcome.Refused("placement-wrong-state", "only a rejected placement is redrafted; "
                    + placementNo + " is "
                    + status);
        }
        List<PlacementStep> steps = new ArrayList<>(trail);
        steps.add(new PlacementStep(status, PlacementStatus.DRAFT, by, at, "redrafted"));
        return new PlacementOutcome.Moved(new Placement(placementNo, merchantNo, stalls, area, price, newGrade,
                PlacementStatus.DRAFT, steps));
    }

    /**
     * Lease terms pre-filled from an approved placement (merchant, stalls, area, price, kind {@code NEW}); the
     * caller adds the lease number, dates and billing. Empty unless approved.
     */
    public Optional<LeaseTerms.Builder> leaseTerms(SchedulePolicy policy) {
        if (status != PlacementStatus.APPROVED) {
            return Optional.empty();
        }
        return Optional.of(LeaseTerms.builder(policy).merchantNo(merchantNo).stallNos(stallNos)
                .leasableAreaM2(leasableAreaM2).rentPerM2Month(agreedRentPerM2Month).kind(LeaseKind.NEW));
    }
}
