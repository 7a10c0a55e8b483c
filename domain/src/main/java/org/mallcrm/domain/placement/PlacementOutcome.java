package org.mallcrm.domain.placement;

/** The result of moving a placement along its way: moved, or refused with the reason. */
public sealed interface PlacementOutcome permits PlacementOutcome.Moved, PlacementOutcome.Refused {

    record Moved(Placement placement) implements PlacementOutcome {
    }

    record Refused(String reason) implements PlacementOutcome {
    }
}
