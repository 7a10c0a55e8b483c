package org.mallcrm.adapters.http;

import org.mallcrm.application.channel.service.RecordScanService;
import org.mallcrm.application.channel.service.TripService;
import org.mallcrm.fixtures.access.TestTokens;
import org.mallcrm.fixtures.common.DirectUnitOfWork;
import org.mallcrm.adapters.http.merchant.MerchantDesk;
import org.mallcrm.adapters.http.stall.StallReshapeRoutes;
import org.mallcrm.application.stall.port.in.FloorQueries;
import org.mallcrm.application.stall.service.FloorQueryService;
import org.mallcrm.fixtures.stall.InMemoryStallDocuments;
import java.util.List;
import java.util.Optional;
import org.mallcrm.application.access.port.in.AccessTokenUseCases;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.stall.port.in.StallQueries;
import org.mallcrm.application.stall.service.StallQueryService;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.fixtures.common.InMemoryIdempotentReplies;
import org.mallcrm.fixtures.lease.LeasingWorld;
import org.mallcrm.fixtures.stall.StallFixtures;

/**
 * The leasing routes over in-memory fakes: stalls A101–A103, merchants M-0001 and M-0002, lease L-1 (M-0001, B1
 * on A101) and L-2 (M-0002 on A102), today 2026-05-01; tokens for staff and for each merchant.
 */
final class LeasingApiFixture {

    static final String STAFF = ApiFixture.STAFF;
    static final String LEASING_DESK = ApiFixture.LEASING_DESK;
    static final String M1 = ApiFixture.MERCHANT;
    static final String M2 = TestTokens.token(ApiFixture.TOKENS.create(new Principal("m2", Role.MERCHANT,
            Optional.of("M-0002"), Optional.empty())));

    /** A new world for one test class (the routing and the server test each get their own). */
    static HttpApi.Services fresh() {
        LeasingWorld world = world();
        return services(ApiFixture.TOKENS, new StallQueryService(world.stalls), world);
    }

    /** Stalls A101–A103 and B201–B206; M-0001 leases A101 (L-1, B1's lease), M-0002 leases A102 (L-2). */
    static LeasingWorld world() {
        LeasingWorld world = new LeasingWorld("2026-05-01T02:00:00Z");
        world.stalls.insert(List.of(StallFixtures.a101(), StallFixtures.a102(), StallFixtures.a103()));
        for (int i = 1; i <= 6; i++) {
            world.stalls.insert(List.of(StallFixtures.rectangle("B20" + i, "2F", i * 5000L, 0, i * 5000L + 4000, 4000,
                    "16.00", "120.00", org.mallcrm.domain.stall.StallStatus.VACANT)));
        }
        world.merchant("M-0001", Stage.NEGOTIATING, "2026-01-02").merchant("M-0002", Stage.QUALIFIED, "2026-01-02");
        sign(world, new LeaseSpec("L-1", "M-0001", List.of("A101"), "NEW", "2026-01-15", "2027-01-14", "45.50",
                "180.00", null, "QUARTERLY", 30, List.of(new LeaseSpec.RentFree("2026-01-15", "2026-03-14")),
                new LeaseSpec.EscalationSpec("5", 12, "START", true, null), "ACTUAL_DAYS", "0.00", "16380.00", null,
                null, null, null));
        sign(world, new LeaseSpec("L-2", "M-0002", List.of("A102"), "NEW", "2026-03-01", "2027-02-28", null,
                "150.00", null, "MONTHLY", 30, null, null, null, null, null, null, null, null, null));
        return world;
    }

    private static void sign(LeasingWorld world, LeaseSpec spec) {
        if (!(world.leaseService().create(spec) instanceof Outcome.Done<?>)) {
            throw new IllegalStateException("fixture lease refused: " + spec.leaseNo());
        }
    }

    static HttpApi.Services services(AccessTokenUseCases tokens, StallQueries stalls, LeasingWorld world) {
        return services(tokens, stalls, ReshapeApiFixture.useCases(world.stalls, new InMemoryStallDocuments()),
                new FloorQueryService(world.stalls), world);
    }

    /** Every route's use cases: the stall routes as given, the leasing ones from the world. */
    static HttpApi.Services services(AccessTokenUseCases tokens, StallQueries stalls,
            StallReshapeRoutes.UseCases reshaping, FloorQueries floors, LeasingWorld world) {
        return services(tokens, stalls, reshaping, floors, world, MerchantDeskFixture.useCases(
                new org.mallcrm.fixtures.merchant.MerchantWorld("2026-05-01T02:00:00Z", world.merchants)));
    }

    /** Every route's use cases, the merchant desk's included. */
    static HttpApi.Services services(AccessTokenUseCases tokens, StallQueries stalls,
            StallReshapeRoutes.UseCases reshaping, FloorQueries floors, LeasingWorld world,
            MerchantDesk.UseCases desk) {
        return services(tokens, stalls, reshaping, floors, world, desk, MarketingApiFixture.empty());
    }

    /** Every route's use cases, the buyers' and coupons' as given. */
    static HttpApi.Services services(AccessTokenUseCases tokens, StallQueries stalls,
            StallReshapeRoutes.UseCases reshaping, FloorQueries floors, LeasingWorld world,
            MerchantDesk.UseCases desk, org.mallcrm.adapters.http.coupon.MarketingRoutes.UseCases marketing) {
        return new HttpApi.Services(tokens, stalls, reshaping, floors, world.leaseService(),
                world.leaseQueries(), world.receipts(), world.deposits(), world.placementService(),
                world.exitService(), new DirectUnitOfWork(), new InMemoryIdempotentReplies(), desk,
                new TripService(ApiFixture.TRIPS, new DirectUnitOfWork()),
                new RecordScanService(ApiFixture.SCANS, ApiFixture.TRIPS, new DirectUnitOfWork(), ApiFixture.CLOCK,
                        ApiFixture.TOKEN_STORE),
                ApiFixture.COMMISSIONS, ApiFixture.COMMISSIONS,
                new org.mallcrm.application.settings.service.SettingsService(world.settings, new DirectUnitOfWork(),
                        world.clock),
                GROUP_REPORT, marketing);
    }

    /** A group of one mall without records: the group report's shape, for the route walks. */
    static final org.mallcrm.application.report.port.in.GroupReportUseCase GROUP_REPORT = (from, asOf) -> {
        java.time.LocalDate day = asOf == null ? java.time.LocalDate.parse("2026-05-01") : asOf;
        java.time.LocalDate start = from == null ? day.withDayOfMonth(1) : from;
        var mall = new org.mallcrm.domain.report.MallFigures("MAIN", "Main mall", start, day,
                org.mallcrm.domain.report.Occupancy.NONE, org.mallcrm.domain.report.RentCollection.NONE,
                org.mallcrm.domain.report.ArrearsByAge.NONE, org.mallcrm.domain.report.ChannelFigures.NONE,
                org.mallcrm.domain.report.BuyerFigures.NONE);
        return new org.mallcrm.application.report.port.in.GroupReportUseCase.GroupReport(start, day,
                java.util.List.of(mall), org.mallcrm.domain.report.MallFigures.total("集团合计", start, day,
                        java.util.List.of(mall)));
    };

    private LeasingApiFixture() {
    }
}
