package org.mallcrm.domain.channel;

import java.time.YearMonth;
import org.mallcrm.domain.money.Money;

/**
 * A channel's settlement month in a reconciliation: what its trips earned before the monthly cap and after it.
 */
public record ChannelMonthResult(ChannelCode channel, YearMonth month, int trips, long validHeads, long paidHeads,
        Money commissionBeforeCap, Money commission) {
}
