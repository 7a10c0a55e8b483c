package org.mallcrm.domain.buyer;

import java.util.Objects;
import org.mallcrm.domain.money.Money;

/**
 * The thresholds that make R, F and M high: recency high when the days since the last visit are at most
 * {@code recencyDays}; frequency high when the visit days are at least {@code frequency}; monetary high when the
 * spend is at least {@code monetary} and above zero.
 */
public record RfmThresholds(long recencyDays, long frequency, Money monetary) {

    public RfmThresholds {
        Objects.requireNonNull(monetary, "monetary");
        if (recencyDays < 0 || frequency < 0 || monetary.isNegative()) {
            throw new IllegalArgumentException("RFM thresholds cannot be negative");
        }
    }

    public boolean recencyHigh(long days) {
        return days <= recencyDays;
    }

    public boolean frequencyHigh(long visitDays) {
        return visitDays >= frequency;
    }

    public boolean monetaryHigh(Money spend) {
        return spend.isPositive() && spend.compareTo(monetary) >= 0;
    }
}
