package org.mallcrm.domain.channel;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.domain.buyer.BuyerId;

/**
 * Keeps each buyer's first valid head from a reconciliation: the one with the earliest check-in used (then the
 * earlier channel scan, then the smaller trip number). A buyer's first channel is the channel of that head's trip.
 * Feed it every valid head of the whole history (or merge the first heads of several periods). Not thread-safe.
 */
public final class FirstValidHeads implements ValidHeadSink {

    /** Which of two heads came first. */
    public static final Comparator<ValidHead> EARLIEST = Comparator.comparing(ValidHead::checkinAt)
            .thenComparing(ValidHead::channelScanAt)
            .thenComparing(h -> h.trip().tripNo());

    private final Map<BuyerId, ValidHead> first = new HashMap<>();

    @Override
    public void accept(ValidHead head) {
        first.merge(head.buyer(), head, (a, b) -> EARLIEST.compare(a, b) <= 0 ? a : b);
    }

    public Optional<ValidHead> of(BuyerId buyer) {
        return Optional.ofNullable(first.get(buyer));
    }

    /** Every buyer's first head. */
    public Map<BuyerId, ValidHead> all() {
        return Map.copyOf(first);
    }

    /** Every buyer's first channel. */
    public Map<BuyerId, ChannelCode> channels() {
        Map<BuyerId, ChannelCode> m = new HashMap<>();
        first.forEach((b, h) -> m.put(b, h.trip().channel()));
        return m;
    }
}
