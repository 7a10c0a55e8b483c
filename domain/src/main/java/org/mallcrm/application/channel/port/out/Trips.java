package org.mallcrm.application.channel.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.domain.channel.Channel;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.ScanCode;
import org.mallcrm.domain.channel.Trip;
import org.mallcrm.domain.channel.TripNo;

/** The mall's channels and their trips (报备), as stored. Writes happen inside a unit of work. */
public interface Trips {

    /** The stored channels among {@code codes}. */
    Map<ChannelCode, Channel> channels(Collection<ChannelCode> codes);

    /** Adds channels (their codes must not exist yet). */
    void insertChannels(Collection<Channel> channels);

    Optional<Trip> find(TripNo no);

    /** The stored trips among {@code nos}, by number. */
    Map<TripNo, Trip> findAll(Collection<TripNo> nos);

    /** The trips whose channel codes (渠道码) are among {@code codes}, by code. */
    Map<ScanCode, Trip> findByCodes(Collection<ScanCode> codes);

    /** The number of the trip whose channel code (渠道码) this is: asked once for every scan a buyer posts. */
    Optional<TripNo> tripNoOfCode(ScanCode code);

    /** Adds trips (numbers and channel codes must be new; channels must exist). */
    void insert(Collection<Trip> trips);

    /** Replaces stored trips by number. */
    void update(Collection<Trip> trips);

    /** Trips arriving on a day of {@code from..to} (inclusive). */
    List<Trip> arrivingBetween(LocalDate from, LocalDate to);

    /** Trips whose window overlaps {@code from..to} (inclusive). */
    List<Trip> windowOverlapping(Instant from, Instant to);

    /** Trips whose window overlaps {@code from..to} (inclusive) and that do not arrive on a day of {@code notFrom..notTo}. */
    List<Trip> windowOverlappingArrivingOutside(Instant from, Instant to, LocalDate notFrom, LocalDate notTo);

    /** Trips (of one channel, or all) with a number greater than {@code after} (null: from the start), by number. */
    List<Trip> list(Optional<ChannelCode> channel, TripNo after, int limit);
}
