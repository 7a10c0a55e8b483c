package org.mallcrm.application.stall.service;

import java.util.List;
import java.util.Optional;
import org.mallcrm.application.stall.port.in.FloorPlan;
import org.mallcrm.application.stall.port.in.FloorQueries;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.domain.stall.FloorStats;
import org.mallcrm.domain.stall.Stall;

/** A floor's plan and figures from its active stalls. */
public final class FloorQueryService implements FloorQueries {

    private final Stalls stalls;

    public FloorQueryService(Stalls stalls) {
        this.stalls = stalls;
    }

    @Override
    public List<String> floors() {
        return stalls.floors();
    }

    @Override
    public Optional<FloorPlan> plan(String floor) {
        if (floor == null || floor.isBlank()) {
            return Optional.empty();
        }
        String f = floor.strip();
        List<Stall> active = stalls.activeOnFloor(f);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FloorPlan(f, active, FloorStats.of(f, active)));
    }
}
