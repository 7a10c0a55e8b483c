package org.mallcrm.domain.stall;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.geometry.Axis;
import org.mallcrm.domain.geometry.CutResult;
import org.mallcrm.domain.geometry.Polygon;
import org.mallcrm.domain.geometry.Tiling;
import org.mallcrm.domain.geometry.TilingResult;

/**
 * A stall split (铺位拆分单): one vacant stall retired as {@code SPLIT} and reborn as several vacant children whose
 * outlines tile it exactly. The children share the parent's leasable area by outline area (largest remainder at
 * 0.01 m², surveyed figures override) and inherit its base rent, business type, zone and floor. Children are
 * numbered {@code {parent}-{n}} unless named; for a straight cut {@code -1} is the lower-coordinate side.
 *
 * @param parent          the stall split
 * @param children        the new stalls' numbers, in part order
 * @param childAreas      their leasable areas, in the same order
 * @param cut             the straight cut, when the split was made by one
 * @param request         who asked, who approved, when, and the effective date
 */
public record StallSplit(StallNo parent, List<StallNo> children, List<Area> childAreas, Optional<Cut> cut,
        StallRequest request) implements StallDocument {

    /** A straight cut along x = {@code atMm} ({@link Axis#X}) or y = {@code atMm} ({@link Axis#Y}). */
    public record Cut(Axis axis, long atMm) {
        public Cut {
            Objects.requireNonNull(axis, "axis");
        }
    }

    public StallSplit {
        Objects.requireNonNull(parent, "parent");
        children = List.copyOf(children);
        childAreas = List.copyOf(childAreas);
        Objects.requireNonNull(cut, "cut");
        Objects.requireNonNull(request, "request");
        if (children.size() < 2 || children.size() != childAreas.size()) {
            throw new IllegalArgumentException("a split has at least two children, each with its area");
        }
    }

    @Override
    public Kind kind() {
        return Kind.SPLIT;
    }

    @Override
    public List<StallNo> from() {
        return List.of(parent);
    }

    @Override
    public List<StallNo> to() {
        return children;
    }

    @Override
    public String documentNo() {
        return request.documentNo();
    }

    public String requestedBy() {
        return request.requestedBy();
    }

    public Instant requestedAt() {
        return request.requestedAt();
    }

    public String approvedBy() {
        return request.approvedBy();
    }

    public Instant approvedAt() {
        return request.approvedAt();
    }

    @Override
    public LocalDate effectiveOn() {
        return request.effectiveOn();
    }

    /**
     * Splits {@code parent} by a straight cut along x = {@code at} or y = {@code at} (mm) into two children:
     * {@code {parent}-1} on the lower-coordinate side, {@code {parent}-2} beyond.
     */
    public static SplitOutcome byCut(Stall parent, Axis axis, long at, StallRequest request, StallNumbers existing,
            GeometryPolicy policy) {
        Optional<ReshapeRefusal> parentRefused = Numbering.refuseParent(parent);
        if (parentRefused.isPresent()) {
            return new SplitOutcome.Refused(parentRefused.get());
        }
        CutResult cut = parent.outline().cut(axis, at);
        return switch (cut) {
            case CutResult.Pieces(Polygon lower, Polygon upper) -> split(parent,
                    List.of(SplitPart.of(lower), SplitPart.of(upper)), Optional.of(new Cut(axis, at)), request,
                    existing, policy);
            case CutResult.Misses m -> refused(ReshapeRefusal.Reason.CUT_MISSES, parent.no(),
                    "the line " + axis.name().toLowerCase() + " = " + at + " does not pass through " + parent.no());
            case CutResult.MoreThanTwoPieces m -> refused(ReshapeRefusal.Reason.MORE_THAN_TWO_PIECES, parent.no(),
                    "the line " + axis.name().toLowerCase() + " = " + at + " cuts " + parent.no() + " into "
                            + m.total() + " pieces; draw the parts instead");
            case CutResult.OffGrid o -> refused(ReshapeRefusal.Reason.OFF_GRID, parent.no(),
                    "the line " + axis.name().toLowerCase() + " = " + at + " crosses the wall " + o.from() + " → "
                            + o.to() + " between whole millimetres");
        };
    }

    /** Splits {@code parent} into the drawn parts, which must tile it exactly. */
    public static SplitOutcome intoParts(Stall parent, List<SplitPart> parts, StallRequest request,
            StallNumbers existing, GeometryPolicy policy) {
        Optional<ReshapeRefusal> parentRefused = Numbering.refuseParent(parent);
        if (parentRefused.isPresent()) {
            return new SplitOutcome.Refused(parentRefused.get());
        }
        return split(parent, parts, Optional.empty(), request, existing, policy);
    }

    private static SplitOutcome split(Stall parent, List<SplitPart> parts, Optional<Cut> cut, StallRequest request,
            StallNumbers existing, GeometryPolicy policy) {
        if (parts.size() < 2) {
            return refused(ReshapeRefusal.Reason.TOO_FEW_PARTS, parent.no(), "a split needs at least two parts");
        }
        List<StallNo> numbers = new ArrayList<>(parts.size());
        Set<StallNo> seen = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            StallNo no;
            if (parts.get(i).no().isPresent()) {
                no = parts.get(i).no().get();
            } else {
                try {
                    no = StallNo.of(parent.no().value() + "-" + (i + 1));
                } catch (IllegalArgumentException e) {
                    return refused(ReshapeRefusal.Reason.INVALID_NUMBER, parent.no(),
                            "part " + (i + 1) + " cannot be numbered after " + parent.no() + ": " + e.getMessage());
                }
            }
            if (!seen.add(no)) {
                return refused(ReshapeRefusal.Reason.DUPLICATE_NUMBER, no, no + " is given to two parts");
            }
            numbers.add(no);
        }
        List<Polygon> outlines = parts.stream().map(SplitPart::outline).toList();
        TilingResult tiling = Tiling.check(parent.outline(), outlines);
        switch (tiling) {
            case TilingResult.Exact e -> {
            }
            case TilingResult.OutsideParent o -> {
                return refused(ReshapeRefusal.Reason.OUTSIDE_PARENT, numbers.get(o.part()),
                        numbers.get(o.part()) + " reaches outside " + parent.no());
            }
            case TilingResult.Overlap o -> {
                return refused(ReshapeRefusal.Reason.OVERLAP, List.of(numbers.get(o.first()), numbers.get(o.second())),
                        numbers.get(o.first()) + " and " + numbers.get(o.second()) + " overlap");
            }
            case TilingResult.Gap g -> {
                return refused(ReshapeRefusal.Reason.GAP, List.of(parent.no()),
                        "the parts leave " + g.missing() + " m² of " + parent.no() + " uncovered");
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            if (outlines.get(i).doubledAreaMm2() < policy.minChildDoubledMm2()) {
                return refused(ReshapeRefusal.Reason.TOO_SMALL, numbers.get(i), numbers.get(i) + " would be "
                        + outlines.get(i).area() + " m², under the minimum of " + policy.minChildArea() + " m²");
            }
        }
        for (StallNo no : numbers) {
            Optional<ReshapeRefusal> taken = Numbering.refuse(no, List.of(parent.no()), existing, policy);
            if (taken.isPresent()) {
                return new SplitOutcome.Refused(taken.get());
            }
        }
        List<Area> areas = leasableAreas(parent, parts);
        if (areas == null) {
            return refused(ReshapeRefusal.Reason.SURVEY_EXCEEDS_PARENT, parent.no(),
                    "the surveyed areas leave no leasable area of " + parent.no() + " for the other parts");
        }
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).isZero()) {
                return refused(ReshapeRefusal.Reason.TOO_SMALL, numbers.get(i),
                        numbers.get(i) + " would get no leasable area");
            }
        }
        List<Stall> children = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            children.add(new Stall(numbers.get(i), parent.floor(), parent.zone(), parent.businessType(),
                    outlines.get(i), areas.get(i), parent.baseRent(), StallStatus.VACANT, List.of(parent.no()),
                    List.of()));
        }
        StallSplit document = new StallSplit(parent.no(), numbers, areas, cut, request);
        return new SplitOutcome.Split(document, parent.retiredInto(StallStatus.SPLIT, numbers), children);
    }

    /**
     * Surveyed figures where given; the rest of the parent's leasable area apportioned over the other parts by
     * outline area (largest remainder, ties to the earlier part). Null when the surveyed figures leave nothing.
     */
    private static List<Area> leasableAreas(Stall parent, List<SplitPart> parts) {
        Area surveyed = Area.ZERO;
        int unsurveyed = 0;
        for (SplitPart p : parts) {
            if (p.surveyedLeasableArea().isPresent()) {
                surveyed = surveyed.plus(p.surveyedLeasableArea().get());
            } else {
                unsurveyed++;
            }
        }
        List<Area> result = new ArrayList<>(parts.size());
        if (unsurveyed == 0) {
            for (SplitPart p : parts) {
                result.add(p.surveyedLeasableArea().get());
            }
            return result;
        }
        if (surveyed.compareTo(parent.leasableArea()) >= 0) {
            return null;
        }
        Area rest = parent.leasableArea().minus(surveyed);
        long[] weights = new long[unsurveyed];
        int k = 0;
        for (SplitPart p : parts) {
            if (p.surveyedLeasableArea().isEmpty()) {
                weights[k++] = p.outline().doubledAreaMm2();
            }
        }
        List<Area> shares = rest.apportion(weights);
        k = 0;
        for (SplitPart p : parts) {
            result.add(p.surveyedLeasableArea().isPresent() ? p.surveyedLeasableArea().get() : shares.get(k++));
        }
        return result;
    }

    private static SplitOutcome refused(ReshapeRefusal.Reason reason, StallNo stall, String detail) {
        return new SplitOutcome.Refused(ReshapeRefusal.of(reason, stall, detail));
    }

    private static SplitOutcome refused(ReshapeRefusal.Reason reason, List<StallNo> stalls, String detail) {
        return new SplitOutcome.Refused(ReshapeRefusal.of(reason, stalls, detail));
    }
}
