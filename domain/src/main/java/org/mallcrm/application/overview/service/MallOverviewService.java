package org.mallcrm.application.overview.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.application.channel.port.in.ReconcileUseCase;
import org.mallcrm.application.common.port.out.ChangeCounters;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.service.Remembered;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.application.merchant.port.in.MerchantPipelineUseCases;
import org.mallcrm.application.overview.port.in.MallOverview;
import org.mallcrm.application.overview.port.in.MallOverviewQuery;
import org.mallcrm.application.stall.port.in.FloorPlan;
import org.mallcrm.application.stall.port.in.FloorQueries;
import org.mallcrm.domain.channel.Reconciliation;
import org.mallcrm.domain.channel.TripResult;
import org.mallcrm.domain.report.Occupancy;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.merchant.PipelineReports;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.receipt.ArrearsAging;
import org.mallcrm.domain.receipt.InstallmentView;
import org.mallcrm.domain.receipt.RentCollection;
import org.mallcrm.domain.stall.FloorStats;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallStatus;
import org.mallcrm.domain.stall.TradeOccupancy;
import org.mallcrm.application.report.port.out.BuyerActivity;

/** Gathers the dashboard's figures from the floor, lease, pipeline and channel use cases. */
public final class MallOverviewService implements MallOverviewQuery {

    /** The spans the dashboard counts expiring leases over. */
    public static final int[] EXPIRY_SPANS = {30, 60, 90};

    private final FloorQueries floors;
    private final LeaseQueries leases;
    private final MerchantPipelineUseCases pipeline;
    private final ReconcileUseCase reconcile;
    private final BuyerActivity buyers;
    private final Clock clock;

    private final Remembered<StallFigures> stallFigures;
    private final Remembered<LeaseFigures> leaseFigures;
    private final Remembered<List<MallOverview.FunnelStage>> funnel;

    /**
     * @param counters tell when the stalls', the leases' and the merchants' figures must be computed again; the
     *                 channels' and the buyers' month are computed on every call
     */
    public MallOverviewService(FloorQueries floors, LeaseQueries leases, MerchantPipelineUseCases pipeline,
            ReconcileUseCase reconcile, BuyerActivity buyers, Clock clock, ChangeCounters counters) {
        this.floors = floors;
        this.buyers = buyers;
        this.leases = leases;
        this.pipeline = pipeline;
        this.reconcile = reconcile;
        this.clock = clock;
        this.stallFigures = new Remembered<>(counters, ChangeCounters.Kind.STALLS);
        this.leaseFigures = new Remembered<>(counters, ChangeCounters.Kind.LEASES);
        this.funnel = new Remembered<>(counters, ChangeCounters.Kind.MERCHANTS);
    }

    private record StallFigures(List<FloorStats> floors, List<Stall> stalls, int vacant,
            List<TradeOccupancy> trades) {
    }

    private record LeaseFigures(List<MallOverview.Expiring> expiring, RentCollection rent, ArrearsAging arrears) {
    }

    @Override
    public MallOverview overview(LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        StallFigures s = stallFigures.get(day, this::stallFigures);
        LeaseFigures l = leaseFigures.get(day, () -> leaseFigures(day));
        // occupancy as reports mall counts it: the leasable area under leases in force on the day (a stall signed
        // for a lease that starts later is LEASED on the plan but not occupied yet)
        Set<StallNo> held = new HashSet<>();
        for (LeaseQueries.Standing st : leases.standings(day)) {
            if (st.lease().inForceOn(day)) {
                held.addAll(st.lease().account().lease().stallNos());
            }
        }
        Occupancy occupancy = Occupancy.of(s.stalls(), held);
        return new MallOverview(day, s.floors(), occupancy.leasableArea(), occupancy.leasedArea(),
                FloorStats.basisPoints(occupancy.leasedArea().hundredths(), occupancy.leasableArea().hundredths()),
                s.vacant(), s.trades(), l.expiring(), l.rent(),
                l.arrears(), funnel.get(day, () -> funnel(day)), channels(day),
                buyers.figures(day.withDayOfMonth(1), day));
    }

    private StallFigures stallFigures() {
        List<FloorStats> stats = new ArrayList<>();
        List<Stall> all = new ArrayList<>();
        for (String f : floors.floors()) {
            Optional<FloorPlan> plan = floors.plan(f);
            if (plan.isPresent()) {
                stats.add(plan.get().stats());
                all.addAll(plan.get().stalls());
            }
        }
        int vacant = 0;
        for (FloorStats s : stats) {
            vacant += s.count(StallStatus.VACANT);
        }
        return new StallFigures(stats, List.copyOf(all), vacant, TradeOccupancy.of(all));
    }

    private LeaseFigures leaseFigures(LocalDate day) {
        List<LeaseQueries.Standing> standings = leases.standings(day);
        List<InstallmentView> installments = new ArrayList<>();
        standings.forEach(s -> installments.addAll(s.installments()));
        List<MallOverview.Expiring> expiring = new ArrayList<>();
        for (int span : EXPIRY_SPANS) {
            expiring.add(new MallOverview.Expiring(span, (int) standings.stream()
                    .filter(s -> expiresWithin(s.lease(), day, span)).count()));
        }
        return new LeaseFigures(List.copyOf(expiring), RentCollection.of(YearMonth.from(day), installments),
                ArrearsAging.of(installments));
    }

    /**
     * Whether a lease runs out within {@code days} days of {@code day}: it has not been ended by an exit, is live on
     * the day, and its last day is no later than {@code day + days}.
     */
    public static boolean expiresWithin(LeaseRecord r, LocalDate day, int days) {
        if (r.terminatedOn() != null) {
            return false;
        }
        LocalDate end = r.account().lease().terms().end();
        LocalDate start = r.account().lease().terms().start();
        return !start.isAfter(day) && !end.isBefore(day) && !end.isAfter(day.plusDays(days));
    }

    private List<MallOverview.FunnelStage> funnel(LocalDate day) {
        Map<Stage, List<Long>> dwell = new EnumMap<>(Stage.class);
        for (PipelineReports.CurrentDwell d : pipeline.dwell(day)) {
            dwell.computeIfAbsent(d.stage(), k -> new ArrayList<>()).add(d.dwellDays());
        }
        List<MallOverview.FunnelStage> rows = new ArrayList<>();
        for (PipelineReports.FunnelRow r : pipeline.funnel()) {
            Optional<BigDecimal> median = PipelineReports.median(dwell.getOrDefault(r.stage(), List.of()));
            rows.add(new MallOverview.FunnelStage(r.stage(), r.current(), r.reached(), median));
        }
        return rows;
    }

    private MallOverview.ChannelMonth channels(LocalDate day) {
        LocalDate from = day.withDayOfMonth(1);
        Reconciliation r = reconcile.reconcile(from, day);
        long reported = 0;
        for (TripResult t : r.trips()) {
            reported += t.trip().reportedHeadcount();
        }
        return new MallOverview.ChannelMonth(from, day, reported, r.totals());
    }
}
