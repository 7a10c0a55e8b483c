package org.mallcrm.adapters.http.buyer;

import org.mallcrm.domain.buyer.Share;
import org.mallcrm.domain.buyer.Shares;

/**
 * One part of {@code buyers stats --by …}: the key (a category, a province's full name, a transport mode's code, a
 * channel's code; empty for buyers without one), how many buyers, and their share in percent with two decimals (a
 * string; the shares sum to exactly 100.00).
 */
public record ShareJson(String key, long buyers, String sharePct) {

    public static ShareJson of(Share s) {
        return new ShareJson(s.key().equals(Shares.NONE) ? "" : s.key(), s.buyers(), s.pct().toPlainString());
    }
}
