package org.mallcrm.domain.channel;

import java.util.Map;
import org.mallcrm.domain.money.Money;

/**
 * The whole reconciliation: trips, flagged trips, heads and commission, and the exclusions summed over trips plus
 * the {@code UNKNOWN_CODE} scans that belong to no trip.
 */
public record ReconciliationTotals(int trips, int flaggedTrips, long validHeads, long paidHeads, Money commission,
        Map<ExclusionReason, Long> excluded) {

    public ReconciliationTotals {
        excluded = Map.copyOf(excluded);
    }

    public long excluded(ExclusionReason reason) {
        return excluded.getOrDefault(reason, 0L);
    }
}
