package org.mallcrm.domain.channel;

import org.mallcrm.domain.money.Money;

/** A channel's totals over a reconciliation: its trips, valid and paid heads, and commission. */
public record ChannelResult(ChannelCode channel, int trips, long validHeads, long paidHeads, Money commission) {
}
