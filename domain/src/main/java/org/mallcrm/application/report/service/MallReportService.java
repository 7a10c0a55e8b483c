package org.mallcrm.application.report.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mallcrm.application.channel.port.in.ReconcileUseCase;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.lease.port.out.Leases;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.application.report.port.in.MallReportUseCase;
import org.mallcrm.application.report.port.out.BuyerActivity;
import org.mallcrm.application.settings.port.out.CurrentSettings;
import org.mallcrm.application.stall.port.in.StallFilter;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.domain.channel.ReconciliationTotals;
import org.mallcrm.domain.lease.Installment;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.lease.LeasingPolicy;
import org.mallcrm.domain.receipt.InstallmentView;
import org.mallcrm.domain.report.ArrearsByAge;
import org.mallcrm.domain.report.ChannelFigures;
import org.mallcrm.domain.report.MallFigures;
import org.mallcrm.domain.report.Occupancy;
import org.mallcrm.domain.report.RentCollection;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;

/**
 * One mall's figures, from the same sources as its own commands: installments as {@code leases schedule} and
 * {@code reminders} show them (an ended lease's installments due after its end do not count), heads and commission
 * as {@code commissions reconcile} computes them, and the active stalls with the leases in force on the day. Occupancy
 * ({@link Occupancy#of}) and arrears ({@link ArrearsByAge}: past due, not due today) are the dashboard's definitions.
 */
public final class MallReportService implements MallReportUseCase {

    private static final int PAGE = 500;

    private final String mall;
    private final String name;
    private final Stalls stalls;
    private final Leases leases;
    private final CurrentSettings settings;
    private final ReconcileUseCase reconcile;
    private final BuyerActivity buyers;
    private final Clock clock;

    public MallReportService(String mall, String name, Stalls stalls, Leases leases, CurrentSettings settings,
            ReconcileUseCase reconcile, BuyerActivity buyers, Clock clock) {
        this.mall = mall;
        this.name = name;
        this.stalls = stalls;
        this.leases = leases;
        this.settings = settings;
        this.reconcile = reconcile;
        this.buyers = buyers;
        this.clock = clock;
    }

    @Override
    public MallFigures figures(LocalDate from, LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        LocalDate start = from == null ? day.withDayOfMonth(1) : from;
        if (day.isBefore(start)) {
            throw new IllegalArgumentException("the period ends (" + day + ") before it starts (" + start + ")");
        }
        LeasingPolicy policy = settings.current().leasingPolicy();
        Set<StallNo> held = new HashSet<>();
        RentCollection collection = RentCollection.NONE;
        ArrearsByAge arrears = ArrearsByAge.NONE;
        LeaseNo after = null;
        while (true) {
            List<LeaseRecord> page = leases.list(null, after, PAGE);
            for (LeaseRecord r : page) {
                if (r.inForceOn(day)) {
                    held.addAll(r.account().lease().stallNos());
                }
                List<InstallmentView> views = new ArrayList<>();
                for (Installment i : r.account().lease().plan().installments()) {
                    InstallmentView v = r.account().view(i, day, policy.schedule(), policy.receipts());
                    views.add(v);
                    if (!i.dueOn().isBefore(start) && !i.dueOn().isAfter(day)) {
                        collection = collection.with(i.amount(), v.paid());
                    }
                }
                arrears = arrears.plus(ArrearsByAge.of(views));
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).account().lease().leaseNo();
        }
        ReconciliationTotals heads = reconcile.reconcile(start, day).totals();
        return new MallFigures(mall, name, start, day, occupancy(held), collection, arrears,
                new ChannelFigures(heads.trips(), heads.validHeads(), heads.paidHeads(), heads.commission()),
                buyers.figures(start, day));
    }


    /** The active stalls' occupancy with {@code held} the stalls under a lease in force on the day. */
    private Occupancy occupancy(Set<StallNo> held) {
        List<Stall> all = new ArrayList<>();
        StallNo after = null;
        while (true) {
            List<Stall> page = stalls.list(StallFilter.ALL, after, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).no();
        }
        return Occupancy.of(all, held);
    }
}
