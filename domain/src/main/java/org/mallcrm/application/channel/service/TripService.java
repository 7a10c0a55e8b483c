package org.mallcrm.application.channel.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mallcrm.application.channel.port.in.TripUseCases;
import org.mallcrm.application.channel.port.out.Trips;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.Trip;
import org.mallcrm.domain.channel.TripNo;

/** Answers trip queries; registers a channel's trip. The cursor of a list is the last trip number of the page. */
public final class TripService implements TripUseCases {

    private final Trips trips;
    private final UnitOfWork unitOfWork;

    public TripService(Trips trips, UnitOfWork unitOfWork) {
        this.trips = trips;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Optional<Trip> find(TripNo no) {
        return trips.find(no);
    }

    @Override
    public Map<ChannelCode, String> channelNames(Collection<ChannelCode> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<ChannelCode, String> names = new HashMap<>();
        trips.channels(codes).forEach((code, channel) -> names.put(code, channel.name()));
        return names;
    }

    @Override
    public Page<Trip> list(Optional<ChannelCode> channel, String cursor, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE);
        }
        TripNo after = cursor == null || cursor.isBlank() ? null : TripNo.of(cursor);
        List<Trip> rows = trips.list(channel, after, limit + 1);
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<Trip> page = rows.subList(0, limit);
        return new Page<>(page, page.get(limit - 1).tripNo().value());
    }

    @Override
    public RegisterOutcome register(Trip trip) {
        return unitOfWork.inTransaction(() -> {
            if (trips.channels(Set.of(trip.channel())).isEmpty()) {
                return new RegisterOutcome.Refused("channel " + trip.channel() + " is not known to the mall");
            }
            if (trips.find(trip.tripNo()).isPresent()) {
                return new RegisterOutcome.Refused("trip " + trip.tripNo() + " is registered already");
            }
            Trip holder = trips.findByCodes(Set.of(trip.channelCode())).get(trip.channelCode());
            if (holder != null) {
                return new RegisterOutcome.Refused("channel code " + trip.channelCode() + " names trip "
                        + holder.tripNo() + " already");
            }
            trips.insert(List.of(trip));
            return new RegisterOutcome.Registered(trip);
        });
    }
}
