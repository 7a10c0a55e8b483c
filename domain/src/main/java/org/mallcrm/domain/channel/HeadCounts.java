package org.mallcrm.domain.channel;

import java.util.List;

/**
 * The outcome of reconciling scans against trips, before any money: per trip (in trip order) the valid heads
 * and exclusions, and the scans that named no trip. Step two, {@link CommissionCalculator}, turns it into paid
 * heads, flags and commission.
 *
 * @param unknownCodeEvents channel scans whose code names no trip ({@code UNKNOWN_CODE})
 * @param buyers distinct buyers fed
 * @param channelScans channel scan events fed (including duplicates and unknown codes)
 * @param checkinScans check-in scan events fed
 */
public record HeadCounts(List<TripHeads> trips, long unknownCodeEvents, long buyers, long channelScans,
        long checkinScans) {

    public HeadCounts {
        trips = List.copyOf(trips);
        if (unknownCodeEvents < 0 || buyers < 0 || channelScans < 0 || checkinScans < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** Counts known only per trip (no scan statistics). */
    public static HeadCounts of(List<TripHeads> trips) {
        return new HeadCounts(trips, 0, 0, 0, 0);
    }
}
