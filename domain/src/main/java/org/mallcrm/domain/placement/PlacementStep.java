package org.mallcrm.domain.placement;

import java.time.Instant;
import java.util.Objects;

/** One step of a placement's approval trail: from which status to which, who did it, when, and why. */
public record PlacementStep(PlacementStatus from, PlacementStatus to, String by, Instant at, String note) {

    public PlacementStep {
        Objects.requireNonNull(to, "to");
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("a placement step names who took it");
        }
        Objects.requireNonNull(at, "at");
        note = note == null ? "" : note;
    }
}
