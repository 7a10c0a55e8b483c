package org.mallcrm.domain.channel;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.domain.money.Money;

/**
 * One trip's line of a reconciliation: reported and valid heads, paid heads, the variance and its flag, the
 * commission (after the channel's monthly cap) and the exclusions by reason.
 *
 * @param variancePct (valid − reported) / reported in percent, one decimal, HALF_UP; empty when reported is 0
 */
public record TripResult(Trip trip, int validHeads, int paidHeads, Optional<BigDecimal> variancePct,
        boolean flagged, Money commission, Map<ExclusionReason, Integer> excluded) {

    public TripResult {
        excluded = Map.copyOf(excluded);
    }

    public int reported() {
        return trip.reportedHeadcount();
    }

    public ChannelCode channel() {
        return trip.channel();
    }

    public YearMonth settlementMonth() {
        return trip.settlementMonth();
    }

    public int excluded(ExclusionReason reason) {
        return excluded.getOrDefault(reason, 0);
    }
}
