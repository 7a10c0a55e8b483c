package org.mallcrm.domain.buyer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.time.DateRange;

/**
 * A mall's RFM settings: the window (days ending on the as-of date, default 365) and the thresholds (the lower
 * median of the buyers ranked by default, or fixed values).
 *
 * @param fixed the thresholds in {@link RfmThresholdMode#FIXED} mode (required then, ignored otherwise)
 */
public record RfmPolicy(int windowDays, RfmThresholdMode mode, Optional<RfmThresholds> fixed) {

    /** What a new mall starts with: 365 days, lower medians. */
    public static final RfmPolicy DEFAULTS = new RfmPolicy(365, RfmThresholdMode.LOWER_MEDIAN, Optional.empty());

    /** The longest window: ten years. */
    public static final int MAX_WINDOW_DAYS = 3660;

    public RfmPolicy {
        Objects.requireNonNull(mode, "mode");
        fixed = fixed == null ? Optional.empty() : fixed;
        if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
            throw new IllegalArgumentException("the RFM window is 1 to " + MAX_WINDOW_DAYS + " days, not " + windowDays);
        }
        if (mode == RfmThresholdMode.FIXED && fixed.isEmpty()) {
            throw new IllegalArgumentException("fixed RFM thresholds need their values");
        }
    }

    public static RfmPolicy fixed(int windowDays, RfmThresholds thresholds) {
        return new RfmPolicy(windowDays, RfmThresholdMode.FIXED, Optional.of(thresholds));
    }

    public RfmPolicy withWindowDays(int days) {
        return new RfmPolicy(days, mode, fixed);
    }

    /** The window ending on {@code asOf}: {@code windowDays} days, both ends included. */
    public DateRange windowEndingOn(LocalDate asOf) {
        return new DateRange(asOf.minusDays(windowDays - 1L), asOf);
    }
}
