package org.mallcrm.domain.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;

/**
 * A trip (报备): a channel announces a coach arriving on a date, with a window in which its buyers check in
 * ({@code windowStart..windowEnd}, both instants included) and the number of heads it expects. Each trip has
 * its own channel code (渠道码) that its buyers scan on the coach.
 *
 * <p>The trip is settled in the month of its arrival date.
 */
public record Trip(TripNo tripNo, ChannelCode channel, ScanCode channelCode, CoachPlate coachPlate,
        LocalDate arrivalDate, Instant windowStart, Instant windowEnd, int reportedHeadcount) {

    /** Trip order: window start, then trip number. Tiers are filled and caps trimmed in this order. */
    public static final Comparator<Trip> TRIP_ORDER =
            Comparator.comparing(Trip::windowStart).thenComparing(Trip::tripNo);

    public Trip {
        if (tripNo == null || channel == null || channelCode == null || coachPlate == null) {
            throw new IllegalArgumentException("a trip needs its number, channel, channel code and coach plate");
        }
        if (arrivalDate == null || windowStart == null || windowEnd == null) {
            throw new IllegalArgumentException("trip " + tripNo + " needs its arrival date and window");
        }
        EpochNanos.of(windowStart, "window start");
        EpochNanos.of(windowEnd, "window end");
        if (windowEnd.isBefore(windowStart)) {
            throw new IllegalArgumentException("trip " + tripNo + ": window ends (" + windowEnd
                    + ") before it starts (" + windowStart + ")");
        }
        if (reportedHeadcount < 0) {
            throw new IllegalArgumentException("trip " + tripNo + ": reported headcount " + reportedHeadcount
                    + " is negative");
        }
    }

    /** The settlement month: the month of the arrival date. */
    public YearMonth settlementMonth() {
        return YearMonth.from(arrivalDate);
    }
}
