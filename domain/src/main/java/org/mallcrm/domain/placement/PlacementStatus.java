package org.mallcrm.domain.placement;

/** A placement's way: {@code DRAFT → SUBMITTED → APPROVED | REJECTED}. A rejected placement can be redrafted. */
public enum PlacementStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED
}
