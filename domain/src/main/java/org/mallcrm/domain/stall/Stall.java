package org.mallcrm.domain.stall;

import java.util.List;
import java.util.Objects;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.geometry.Polygon;
import org.mallcrm.domain.money.Money;

/**
 * A leasable unit on a floor (铺位). Its outline is its shape on the floor plan; its leasable area (计租面积) is
 * the surveyed area rent is billed on, which is not the outline's area. Base rent is yuan per m² per month.
 *
 * @param parents  the stalls it was split or merged from (empty for an original stall)
 * @param children the stalls it became when split or merged (empty while active)
 */
public record Stall(
        StallNo no,
        String floor,
        String zone,
        BusinessType businessType,
        Polygon outline,
        Area leasableArea,
        Money baseRent,
        StallStatus status,
        List<StallNo> parents,
        List<StallNo> children) {

    public Stall {
        Objects.requireNonNull(no, "no");
        floor = requireCode(floor, "floor");
        zone = requireCode(zone, "zone");
        Objects.requireNonNull(businessType, "businessType");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(leasableArea, "leasableArea");
        Objects.requireNonNull(baseRent, "baseRent");
        Objects.requireNonNull(status, "status");
        if (leasableArea.isZero()) {
            throw new IllegalArgumentException("leasable area of " + no + " must be positive");
        }
        if (baseRent.isNegative()) {
            throw new IllegalArgumentException("base rent of " + no + " cannot be negative");
        }
        parents = List.copyOf(parents == null ? List.of() : parents);
        children = List.copyOf(children == null ? List.of() : children);
    }

    /** A stall with no lineage. */
    public static Stall of(StallNo no, String floor, String zone, BusinessType type, Polygon outline,
            Area leasableArea, Money baseRent, StallStatus status) {
        return new Stall(no, floor, zone, type, outline, leasableArea, baseRent, status, List.of(), List.of());
    }

    private static String requireCode(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String v = value.strip();
        if (v.length() > 20) {
            throw new IllegalArgumentException(what + " '" + v + "' is longer than 20 characters");
        }
        return v;
    }

    public boolean isActive() {
        return status.isActive();
    }

    /** The outline's own area, rounded HALF_UP to 0.01 m². */
    public Area outlineArea() {
        return outline.area();
    }

    /** Monthly rent at base rent: leasable area × base rent, rounded HALF_UP to the fen. */
    public Money monthlyBaseRent() {
        return Rent.monthly(leasableArea, baseRent);
    }

    public Stall withStatus(StallStatus newStatus) {
        return new Stall(no, floor, zone, businessType, outline, leasableArea, baseRent, newStatus, parents,
                children);
    }

    /**
     * This stall retired by a split or merge: status {@code SPLIT} or {@code MERGED}, with the stalls it became.
     */
    public Stall retiredInto(StallStatus terminal, List<StallNo> newChildren) {
        if (terminal.isActive()) {
            throw new IllegalArgumentException("a stall retires as SPLIT or MERGED, not " + terminal);
        }
        if (newChildren == null || newChildren.isEmpty()) {
            throw new IllegalArgumentException("a retired stall names the stalls it became");
        }
        return new Stall(no, floor, zone, businessType, outline, leasableArea, baseRent, terminal, parents,
                newChildren);
    }

    /** The same stall under another number (a stall change). */
    public Stall renumbered(StallNo newNo) {
        return new Stall(newNo, floor, zone, businessType, outline, leasableArea, baseRent, status, parents,
                children);
    }

    /** The same stall with another surveyed leasable area (a stall change). */
    public Stall withLeasableArea(Area newArea) {
        return new Stall(no, floor, zone, businessType, outline, newArea, baseRent, status, parents, children);
    }

    /** Same facts apart from lineage: what an import compares to decide "unchanged". */
    public boolean sameFactsAs(Stall other) {
        return no.equals(other.no) && floor.equals(other.floor) && zone.equals(other.zone)
                && businessType.equals(other.businessType) && outline.equals(other.outline)
                && leasableArea.equals(other.leasableArea) && baseRent.equals(other.baseRent)
                && status == other.status;
    }
}
