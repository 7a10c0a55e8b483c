package org.mallcrm.domain.channel;

import java.time.YearMonth;
import java.util.List;
import org.mallcrm.domain.money.Money;

/**
 * A correction of a closed statement, posted on a later statement (a closed statement is never edited): for one
 * trip of the corrected month, the change in paid heads and in commission (negative when money is clawed back),
 * the heads revoked, and why.
 */
public record Adjustment(ChannelCode channel, YearMonth correctedMonth, TripNo trip, int paidHeadsDelta,
        Money amount, List<TracedHead> revokedHeads, String reason) {

    public Adjustment {
        if (channel == null || correctedMonth == null || trip == null || amount == null) {
            throw new IllegalArgumentException("an adjustment needs its channel, month, trip and amount");
        }
        revokedHeads = List.copyOf(revokedHeads);
        reason = Texts.require(reason, "adjustment reason", 500);
    }
}
