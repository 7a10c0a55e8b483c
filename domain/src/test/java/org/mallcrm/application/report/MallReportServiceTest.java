package org.mallcrm.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.channel.service.CommissionService;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.application.report.service.MallReportService;
import org.mallcrm.application.common.port.out.ChangeCounters;
import org.mallcrm.application.merchant.service.MerchantPipelineService;
import org.mallcrm.application.overview.port.in.MallOverview;
import org.mallcrm.application.overview.service.MallOverviewService;
import org.mallcrm.application.stall.service.FloorQueryService;
import org.mallcrm.fixtures.merchant.InMemoryFollowUps;
import org.mallcrm.fixtures.merchant.InMemoryOperationsLog;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.report.ArrearsByAge;
import org.mallcrm.domain.report.BuyerFigures;
import org.mallcrm.domain.report.MallFigures;
import org.mallcrm.fixtures.channel.InMemoryCommissionRules;
import org.mallcrm.fixtures.channel.InMemoryScans;
import org.mallcrm.fixtures.channel.InMemoryStatements;
import org.mallcrm.fixtures.channel.InMemoryTrips;
import org.mallcrm.fixtures.lease.LeasingWorld;
import org.mallcrm.fixtures.stall.StallFixtures;

/** A mall's report over the B1 lease: the figures its schedule and reminders show. */
class MallReportServiceTest {

    LeasingWorld world;
    MallReportService report;

    @BeforeEach
    void setUp() {
        world = new LeasingWorld("2026-06-20T02:00:00Z");
        world.stalls.insert(List.of(StallFixtures.a101(), StallFixtures.a102(), StallFixtures.a103()));
        world.merchant("M-0001", Stage.NEGOTIATING, "2026-01-02");
        CommissionService commissions = new CommissionService(new InMemoryTrips(), new InMemoryScans(),
                new InMemoryCommissionRules(), new InMemoryStatements(), world.settings, world.unitOfWork,
                world.clock);
        report = new MallReportService("DM", "东贸", world.stalls, world.leases, world.settings, commissions,
                (from, asOf) -> new BuyerFigures(7, 3, 2, Money.parse("60.00")), world.clock);
        LeaseSpec b1 = new LeaseSpec("L-1", "M-0001", List.of("A101"), "NEW", "2026-01-15", "2027-01-14", null,
                "180.00", null, "QUARTERLY", 30, List.of(new LeaseSpec.RentFree("2026-01-15", "2026-03-14")), null,
                null, null, null, null, null, null, null);
        assertThat(world.leaseService().create(b1)).isInstanceOf(Outcome.Done.class);
        assertThat(world.receipts().record(new ReceiptUseCases.RecordReceipt(LeaseNo.of("L-1"),
                Money.parse("8190.00"), LocalDate.parse("2026-01-15"), "CASH", null)))
                .isInstanceOf(Outcome.Done.class);
    }

    @Test
    void b1_as_of_20_june_with_the_second_quarter_unpaid() {
        MallFigures f = report.figures(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-20"));

        assertThat(f.occupancy().leasedArea()).isEqualTo(Area.parse("45.50"));
        assertThat(f.occupancy().leasableArea()).isEqualTo(Area.parse("93.50"));
        assertThat(f.occupancy().percent()).contains("48.66");
        // Q1 8,190.00 paid; Q2 due 03-16 and Q3 due 06-15, 24,570.00 each, unpaid
        assertThat(f.collection().billed()).isEqualTo(Money.parse("57330.00"));
        assertThat(f.collection().collected()).isEqualTo(Money.parse("8190.00"));
        assertThat(f.collection().percent()).contains("14.29");
        ArrearsByAge a = f.arrears();
        assertThat(a.over90Days()).isEqualTo(Money.parse("24570.00"));
        assertThat(a.days0To30()).isEqualTo(Money.parse("24570.00"));
        assertThat(a.days31To60()).isEqualTo(Money.ZERO);
        // 24,570.00 × 0.05 % × 96 days + 24,570.00 × 0.05 % × 5 days
        assertThat(a.lateFees()).isEqualTo(Money.parse("1179.36").plus(Money.parse("61.43")));
        assertThat(f.buyers().registeredBuyers()).isEqualTo(7);
        assertThat(f.channels().trips()).isZero();
    }

    @Test
    void an_installment_due_on_the_as_of_day_is_not_in_arrears_yet() {
        // Q3 (24,570.00) falls due on 06-15: on that day it is due, not overdue; Q2 (due 03-16) is 91 days late
        ArrearsByAge a = report.figures(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-15")).arrears();

        assertThat(a.days0To30()).isEqualTo(Money.ZERO);
        assertThat(a.over90Days()).isEqualTo(Money.parse("24570.00"));
        assertThat(a.total()).isEqualTo(Money.parse("24570.00"));
        // the next day it is one day overdue
        assertThat(report.figures(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-16")).arrears().days0To30())
                .isEqualTo(Money.parse("24570.00"));
    }

    @Test
    void the_dashboard_and_the_report_give_the_same_occupancy_and_arrears_for_a_day() {
        // A102 is signed for a lease that starts in July: LEASED on the plan, but not occupied on 06-15 or 06-20
        LeaseSpec later = new LeaseSpec("L-2", "M-0001", List.of("A102"), "NEW", "2026-07-01", "2027-06-30", null,
                "150.00", null, "MONTHLY", 30, List.of(), null, null, null, null, null, null, null, null);
        assertThat(world.leaseService().create(later)).isInstanceOf(Outcome.Done.class);
        assertThat(world.stalls.find(org.mallcrm.domain.stall.StallNo.of("A102")).orElseThrow().status())
                .isEqualTo(org.mallcrm.domain.stall.StallStatus.LEASED);
        MallOverviewService dashboard = new MallOverviewService(new FloorQueryService(world.stalls),
                world.leaseQueries(), new MerchantPipelineService(world.merchants, new InMemoryFollowUps(),
                        new InMemoryOperationsLog(), world.unitOfWork, world.clock),
                new CommissionService(new InMemoryTrips(), new InMemoryScans(), new InMemoryCommissionRules(),
                        new InMemoryStatements(), world.settings, world.unitOfWork, world.clock),
                (from, asOf) -> BuyerFigures.NONE, world.clock, ChangeCounters.NONE);

        for (String day : List.of("2026-06-15", "2026-06-20", "2026-07-01")) {
            LocalDate d = LocalDate.parse(day);
            MallOverview o = dashboard.overview(d);
            MallFigures f = report.figures(d.withDayOfMonth(1), d);
            assertThat(o.leasedArea()).as(day).isEqualTo(f.occupancy().leasedArea());
            assertThat(o.leasableArea()).as(day).isEqualTo(f.occupancy().leasableArea());
            assertThat(o.arrears().totalOutstanding()).as(day).isEqualTo(f.arrears().total());
            assertThat(o.arrears().buckets().get(0).outstanding()).as(day).isEqualTo(f.arrears().days0To30());
        }
        assertThat(dashboard.overview(LocalDate.parse("2026-06-20")).leasedArea()).isEqualTo(Area.parse("45.50"));
        assertThat(dashboard.overview(LocalDate.parse("2026-07-01")).leasedArea()).isEqualTo(Area.parse("69.50"));
    }

    @Test
    void by_default_the_period_is_the_month_of_the_as_of_day_up_to_today() {
        MallFigures f = report.figures(null, null);

        assertThat(f.from()).isEqualTo(LocalDate.parse("2026-06-01"));
        assertThat(f.asOf()).isEqualTo(LocalDate.parse("2026-06-20"));
        assertThat(f.collection().billed()).isEqualTo(Money.parse("24570.00"));
        // before the lease starts nothing is held
        assertThat(report.figures(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-14")).occupancy()
                .leasedStalls()).isZero();
    }
}
