package org.mallcrm.domain.channel;

import java.time.YearMonth;
import java.util.List;

/**
 * The result of reconciling a period (the {@code commissions reconcile} report): per trip in trip order, per
 * channel and settlement month, per channel, and overall. Tiers and monthly caps work on whole settlement months,
 * so reconcile whole months when the money matters.
 */
public record Reconciliation(List<TripResult> trips, List<ChannelMonthResult> channelMonths,
        List<ChannelResult> channels, ReconciliationTotals totals) {

    public Reconciliation {
        trips = List.copyOf(trips);
        channelMonths = List.copyOf(channelMonths);
        channels = List.copyOf(channels);
    }

    /** The trips of one channel settled in one month, in trip order. */
    public List<TripResult> tripsOf(ChannelCode channel, YearMonth month) {
        return trips.stream().filter(t -> t.channel().equals(channel) && t.settlementMonth().equals(month)).toList();
    }
}
