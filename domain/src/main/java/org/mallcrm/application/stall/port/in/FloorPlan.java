package org.mallcrm.application.stall.port.in;

import java.util.List;
import java.util.Objects;
import org.mallcrm.domain.stall.FloorStats;
import org.mallcrm.domain.stall.Stall;

/**
 * What a floor plan is drawn from: the floor's active stalls (in stall-number order), its figures, and the
 * extent of their outlines in millimetres.
 */
public record FloorPlan(String floor, List<Stall> stalls, FloorStats stats) {

    public FloorPlan {
        Objects.requireNonNull(floor, "floor");
        stalls = List.copyOf(stalls);
        Objects.requireNonNull(stats, "stats");
        if (stalls.isEmpty()) {
            throw new IllegalArgumentException("a floor plan needs at least one stall");
        }
    }

    public long minX() {
        return stalls.stream().mapToLong(s -> s.outline().minX()).min().orElseThrow();
    }

    public long minY() {
        return stalls.stream().mapToLong(s -> s.outline().minY()).min().orElseThrow();
    }

    public long maxX() {
        return stalls.stream().mapToLong(s -> s.outline().maxX()).max().orElseThrow();
    }

    public long maxY() {
        return stalls.stream().mapToLong(s -> s.outline().maxY()).max().orElseThrow();
    }
}
