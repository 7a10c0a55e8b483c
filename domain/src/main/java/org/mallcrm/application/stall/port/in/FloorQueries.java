package org.mallcrm.application.stall.port.in;

import java.util.Optional;
import org.mallcrm.domain.stall.FloorStats;

/** A floor as a whole: its plan and its figures. */
public interface FloorQueries {

    /** The floors with an active stall, lowest first (B2, B1, 1F, 2F …). */
    java.util.List<String> floors();

    /** The floor's active stalls and figures; empty when the floor has no active stall. */
    Optional<FloorPlan> plan(String floor);

    /** The floor's figures; empty when the floor has no active stall. */
    default Optional<FloorStats> stats(String floor) {
        return plan(floor).map(FloorPlan::stats);
    }
}
