package org.mallcrm.domain.report;

import org.mallcrm.domain.money.Money;

/** Channel heads and commission (渠道人头与佣金) of the trips arriving in a period, as reconciliation gives them. */
public record ChannelFigures(int trips, long validHeads, long paidHeads, Money commission) {

    public static final ChannelFigures NONE = new ChannelFigures(0, 0, 0, Money.ZERO);

    public ChannelFigures plus(ChannelFigures o) {
        return new ChannelFigures(trips + o.trips, validHeads + o.validHeads, paidHeads + o.paidHeads,
                commission.plus(o.commission));
    }
}
