package org.mallcrm.domain.stall;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a stall document (split, merge, change) was refused: a stable reason code for adapters to map, the stalls
 * concerned, the offending status where the reason is a status, and a sentence for people.
 */
public record ReshapeRefusal(Reason reason, List<StallNo> stalls, Optional<StallStatus> status, String detail) {

    public ReshapeRefusal {
        Objects.requireNonNull(reason, "reason");
        stalls = List.copyOf(stalls);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    static ReshapeRefusal of(Reason reason, List<StallNo> stalls, String detail) {
        return new ReshapeRefusal(reason, stalls, Optional.empty(), detail);
    }

    static ReshapeRefusal of(Reason reason, StallNo stall, String detail) {
        return of(reason, List.of(stall), detail);
    }

    /** A stall is active but not {@code VACANT}: leased, reserved by earnest money, or being renovated. */
    static ReshapeRefusal notVacant(Stall s) {
        return new ReshapeRefusal(Reason.NOT_VACANT, List.of(s.no()), Optional.of(s.status()),
                s.no() + " is " + s.status() + ", not VACANT"
                        + (s.status() == StallStatus.LEASED ? ": a leased stall is reshaped by a lease amendment" : ""));
    }

    public enum Reason {
        /** A parent is leased, reserved or renovating ({@code status} says which). */
        NOT_VACANT,
        /** A stall was already split or merged (terminal). */
        RETIRED,
        /** Stalls to merge are not connected by shared walls of at least the minimum length. */
        NOT_ADJACENT,
        /** Stalls to merge touch only at a corner. */
        CORNER_ONLY,
        /** A split's parts leave part of the parent uncovered. */
        GAP,
        /** Parts of a split, or stalls to merge, overlap. */
        OVERLAP,
        /** A part of a split reaches outside the parent. */
        OUTSIDE_PARENT,
        /** A part of a split is smaller than the minimum area, or would get no leasable area. */
        TOO_SMALL,
        /** Stalls to merge lie on different floors. */
        DIFFERENT_FLOORS,
        /** The merged outline would not be one simple polygon (a hole, or pieces touching at a point). */
        NOT_ONE_POLYGON,
        /** A new number is already taken (or retired and numbers are not reused), or given twice. */
        DUPLICATE_NUMBER,
        /** A new number (e.g. {@code {parent}-{n}}) is not a valid stall number. */
        INVALID_NUMBER,
        /** A split needs at least two parts, a merge at least two stalls. */
        TOO_FEW_PARTS,
        /** The cut line does not pass through the stall. */
        CUT_MISSES,
        /** The cut line would cut the stall into more than two pieces. */
        MORE_THAN_TWO_PIECES,
        /** The cut crosses a slanted wall between whole millimetres. */
        OFF_GRID,
        /** Surveyed leasable areas given for some parts leave nothing for the others. */
        SURVEY_EXCEEDS_PARENT,
        /** The merge price rule is MANUAL and no base rent was given. */
        PRICE_REQUIRED,
        /** A stall change that changes nothing. */
        NO_CHANGE
    }
}
