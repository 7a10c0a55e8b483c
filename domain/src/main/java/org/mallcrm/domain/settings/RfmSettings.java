package org.mallcrm.domain.settings;

import java.util.Objects;
import org.mallcrm.domain.money.Money;

/**
 * A mall's RFM settings (客户分层, domain-rules.md §6): the window of days ending on the as-of date, and whether the
 * thresholds are the lower medians of the ranked buyers or fixed values.
 *
 * @param windowDays       days of the window ending on the as-of date (365)
 * @param mode             lower median (default) or fixed thresholds
 * @param fixedRecencyDays FIXED: recency at most this many days is high
 * @param fixedFrequency   FIXED: at least this many visit days is high
 * @param fixedMonetary    FIXED: spend at least this (and above zero) is high
 */
public record RfmSettings(int windowDays, RfmThresholdMode mode, int fixedRecencyDays, int fixedFrequency,
        Money fixedMonetary) {

    /** What a new mall starts with. */
    public static final RfmSettings DEFAULT = new RfmSettings(365, RfmThresholdMode.LOWER_MEDIAN, 30, 2,
            Money.parse("800.00"));

    public RfmSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(fixedMonetary, "fixedMonetary");
        if (windowDays < 1) {
            throw new IllegalArgumentException("the RFM window is at least one day");
        }
        if (fixedRecencyDays < 0 || fixedFrequency < 1 || fixedMonetary.isNegative()) {
            throw new IllegalArgumentException("fixed RFM thresholds: recency ≥ 0, frequency ≥ 1, monetary ≥ 0");
        }
    }
}
