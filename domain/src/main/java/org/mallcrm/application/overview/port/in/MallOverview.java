package org.mallcrm.application.overview.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mallcrm.domain.channel.ReconciliationTotals;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.receipt.ArrearsAging;
import org.mallcrm.domain.receipt.RentCollection;
import org.mallcrm.domain.stall.FloorStats;
import org.mallcrm.domain.stall.TradeOccupancy;
import org.mallcrm.domain.report.BuyerFigures;

/**
 * The mall at a glance (经营看板) as of a day: every figure comes from the same use cases the CLI reports from, so
 * each equals what the matching command prints.
 *
 * @param floors   each floor's figures, lowest floor first ({@code stalls plan --floor F}: by stall status)
 * @param leasableArea the active stalls' leasable area ({@code reports mall})
 * @param leasedArea   the part of it under leases in force on the day ({@link org.mallcrm.domain.report.Occupancy},
 *                     as {@code reports mall} counts it)
 * @param trades   occupancy per business type across the mall
 * @param expiring leases ending within 30, 60 and 90 days
 * @param rent     rent due this month against collected
 * @param arrears  overdue principal by age ({@code reminders --within 0}, those past their due date: as
 *                 {@code reports mall} counts it)
 * @param pipeline the merchant funnel with the median days merchants have sat in each stage
 * @param channels this month's trips so far ({@code commissions reconcile --from FIRST --to TODAY})
 * @param buyers   this month's buyers and coupons so far (as {@code reports mall} gives them)
 */
public record MallOverview(LocalDate asOf, List<FloorStats> floors, Area leasableArea, Area leasedArea,
        long leasedBasisPoints, int vacantStalls, List<TradeOccupancy> trades, List<Expiring> expiring,
        RentCollection rent, ArrearsAging arrears, List<FunnelStage> pipeline, ChannelMonth channels,
        BuyerFigures buyers) {

    public MallOverview {
        floors = List.copyOf(floors);
        trades = List.copyOf(trades);
        expiring = List.copyOf(expiring);
        pipeline = List.copyOf(pipeline);
    }

    /** Live leases whose term ends within {@code days} days of the as-of day (that day included). */
    public record Expiring(int days, int leases) {
    }

    /** One stage of the pipeline: merchants in it now, merchants that ever reached it, median dwell of those in it. */
    public record FunnelStage(Stage stage, long current, long reached, Optional<BigDecimal> medianDwellDays) {
    }

    /** The channels' trips of the month up to the as-of day: reported and valid heads, commission. */
    public record ChannelMonth(LocalDate from, LocalDate to, long reportedHeads, ReconciliationTotals totals) {
    }
}
