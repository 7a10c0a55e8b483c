package org.mallcrm.domain.stall;

import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.geometry.Polygon;

/**
 * One child of a split as the operator draws it: its outline, optionally its own number (otherwise
 * {@code {parent}-{n}}) and optionally a surveyed leasable area (otherwise apportioned by outline area).
 */
public record SplitPart(Optional<StallNo> no, Polygon outline, Optional<Area> surveyedLeasableArea) {

    public SplitPart {
        Objects.requireNonNull(no, "no");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(surveyedLeasableArea, "surveyedLeasableArea");
        if (surveyedLeasableArea.isPresent() && surveyedLeasableArea.get().isZero()) {
            throw new IllegalArgumentException("a surveyed leasable area must be positive");
        }
    }

    public static SplitPart of(Polygon outline) {
        return new SplitPart(Optional.empty(), outline, Optional.empty());
    }

    public static SplitPart named(StallNo no, Polygon outline) {
        return new SplitPart(Optional.of(no), outline, Optional.empty());
    }

    public SplitPart surveyed(Area leasable) {
        return new SplitPart(no, outline, Optional.of(leasable));
    }
}
