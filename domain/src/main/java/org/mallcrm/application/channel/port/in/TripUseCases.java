package org.mallcrm.application.channel.port.in;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.Trip;
import org.mallcrm.domain.channel.TripNo;

/** Reading trips, and a channel operator registering one (报备). */
public interface TripUseCases {

    int MAX_PAGE = 1000;

    Optional<Trip> find(TripNo no);

    /** The names of the stored channels among {@code codes}, by code; a code no stored channel has is left out. */
    Map<ChannelCode, String> channelNames(Collection<ChannelCode> codes);

    /** Trips of one channel (or all) in trip-number order, a page at a time. */
    Page<Trip> list(Optional<ChannelCode> channel, String cursor, int limit);

    /** Registers a trip of the trip's channel, which must exist; its number and channel code must be new. */
    RegisterOutcome register(Trip trip);

    sealed interface RegisterOutcome {

        record Registered(Trip trip) implements RegisterOutcome {
        }

        record Refused(String reason) implements RegisterOutcome {
        }
    }
}
