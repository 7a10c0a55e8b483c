package org.mallcrm.adapters.http;

import java.util.List;
import org.mallcrm.adapters.http.stall.StallReshapeRoutes;
import org.mallcrm.application.stall.port.out.StallDocuments;
import org.mallcrm.application.stall.port.out.StallLeases;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.application.stall.service.ChangeStallService;
import org.mallcrm.application.stall.service.FloorQueryService;
import org.mallcrm.application.stall.service.MergeStallsService;
import org.mallcrm.application.stall.service.SplitStallService;
import org.mallcrm.application.stall.service.StallHistoryService;
import org.mallcrm.application.stall.service.StallQueryService;
import org.mallcrm.domain.stall.StallStatus;
import org.mallcrm.fixtures.common.DirectUnitOfWork;
import org.mallcrm.fixtures.common.FixedClock;
import org.mallcrm.fixtures.stall.InMemoryStallDocuments;
import org.mallcrm.fixtures.stall.InMemoryStalls;
import org.mallcrm.fixtures.stall.ReshapeFixtures;

/**
 * The reshape and floor routes over their own in-memory stores (the write tests change them), reset to the
 * worked examples' stalls before each test.
 */
final class ReshapeApiFixture {

    static final InMemoryStalls STALLS = new InMemoryStalls();
    static final InMemoryStallDocuments DOCUMENTS = new InMemoryStallDocuments();
    static final FixedClock CLOCK = FixedClock.at("2026-02-20T02:00:00Z");

    static final HttpApi.Services SERVICES = LeasingApiFixture.services(ApiFixture.TOKENS,
            new StallQueryService(STALLS), useCases(STALLS, DOCUMENTS), new FloorQueryService(STALLS),
            new org.mallcrm.fixtures.lease.LeasingWorld("2026-02-20T02:00:00Z"));

    private ReshapeApiFixture() {
    }

    static StallReshapeRoutes.UseCases useCases(Stalls stalls, StallDocuments documents) {
        DirectUnitOfWork uow = new DirectUnitOfWork();
        return new StallReshapeRoutes.UseCases(
                new SplitStallService(stalls, documents, StallLeases.NONE, uow, CLOCK, new org.mallcrm.fixtures.settings.InMemoryMallSettings()),
                new MergeStallsService(stalls, documents, StallLeases.NONE, uow, CLOCK, new org.mallcrm.fixtures.settings.InMemoryMallSettings()),
                new ChangeStallService(stalls, documents, uow, CLOCK, new org.mallcrm.fixtures.settings.InMemoryMallSettings()),
                new StallHistoryService(stalls, documents));
    }

    /** A101 (A1), A102 and A103 (A2), corner-touching C1/C2, a far stall and a leased one. */
    static void reset() {
        STALLS.clear();
        DOCUMENTS.clear();
        STALLS.insert(List.of(ReshapeFixtures.a101(), ReshapeFixtures.a102(), ReshapeFixtures.a103(),
                ReshapeFixtures.aStall("FAR").rectangle(20000, 0, 24000, 6000).businessType("男装").build(),
                ReshapeFixtures.aStall("C1").floor("2F").rectangle(0, 0, 4000, 4000).build(),
                ReshapeFixtures.aStall("C2").floor("2F").rectangle(4000, 4000, 8000, 8000).build(),
                ReshapeFixtures.aStall("B1").rectangle(0, 10_000, 8000, 15_000).status(StallStatus.LEASED)
                        .leasable("40.00").build()));
    }
}
