package org.mallcrm.adapters.http.buyer;

import org.mallcrm.domain.buyer.RfmScore;

/**
 * One buyer's RFM ({@code buyers rfm}): recency in days, frequency in visit days, monetary value (a money string),
 * whether each is high ({@code H}) or low ({@code L}), the segment's code and its Chinese name.
 */
public record RfmJson(
        String buyerId,
        long recencyDays,
        long frequency,
        String monetary,
        String r,
        String f,
        String m,
        String segment,
        String segmentName) {

    public static RfmJson of(RfmScore s) {
        return new RfmJson(s.buyer().value(), s.recencyDays(), s.frequency(), s.monetary().toString(),
                s.recencyHigh() ? "H" : "L", s.frequencyHigh() ? "H" : "L", s.monetaryHigh() ? "H" : "L",
                s.segment().name(), s.segment().label());
    }
}
