package org.mallcrm.application.buyer.port.out;

import java.util.Optional;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.channel.ChannelCode;

/**
 * Buyers' first channels: the channel of the trip of a buyer's earliest valid head (earliest by the check-in the
 * head used; domain-rules.md §5 decides what a valid head is, and {@link org.mallcrm.domain.channel.FirstValidHeads}
 * picks the first of each buyer from a reconciliation). Answered once per claim of a campaign whose audience
 * names channels, so a store keeps them at hand rather than reconciling on every question.
 */
public interface FirstChannels {

    /** The buyer's first channel; empty when it never came as a valid head. */
    Optional<ChannelCode> firstChannelOf(BuyerId buyer);
}
