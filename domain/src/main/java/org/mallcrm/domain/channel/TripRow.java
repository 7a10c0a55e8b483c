package org.mallcrm.domain.channel;

/** A row of the trips import: the trip and its channel (a new channel code creates the channel with this name). */
public record TripRow(Trip trip, Channel channel) {
}
