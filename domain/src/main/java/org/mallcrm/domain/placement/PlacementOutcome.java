package org.mallcrm.domain.placement;

/**
 * The result of moving a placement along its way: moved, or refused with the reason (English) and a stable code for
 * machines and pages ({@code placement-wrong-state}, {@code grade-d}, {@code reason-missing},
 * {@code merchant-ineligible}).
 */
public sealed interface PlacementOutcome permits PlacementOutcome.Moved, PlacementOutcome.Refused {

    record Moved(Placement placement) implements PlacementOutcome {
    }

    record Refused(String code, String reason) implements PlacementOutcome {
    }
}
