package org.mallcrm.application.stall;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.application.stall.port.in.Approval;
import org.mallcrm.application.stall.port.in.StallFilter;
import org.mallcrm.application.stall.port.out.StallLeases;
import org.mallcrm.application.stall.service.ChangeStallService;
import org.mallcrm.application.stall.service.MergeStallsService;
import org.mallcrm.application.stall.service.SplitStallService;
import org.mallcrm.application.stall.service.StallHistoryService;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.fixtures.settings.InMemoryMallSettings;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.fixtures.common.DirectUnitOfWork;
import org.mallcrm.fixtures.common.FixedClock;
import org.mallcrm.fixtures.stall.InMemoryStallDocuments;
import org.mallcrm.fixtures.stall.InMemoryStalls;

/** The reshape services over in-memory stores, a fixed clock and a lease book tests fill by hand. */
final class ReshapeWorld {

    final InMemoryStalls stalls = new InMemoryStalls();
    final InMemoryStallDocuments documents = new InMemoryStallDocuments();
    final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    final FixedClock clock = FixedClock.at("2026-02-20T02:00:00Z");
    /** A lease on a stall, ending on {@code end}: it holds the stall on any day up to then. */
    record Lease(LeaseNo no, LocalDate end) {
    }

    final Map<StallNo, Lease> leases = new HashMap<>();
    final StallLeases leaseBook = (stall, from) -> Optional.ofNullable(leases.get(stall))
            .filter(l -> !l.end().isBefore(from))
            .map(Lease::no);
    final InMemoryMallSettings settings = new InMemoryMallSettings();
    final SplitStallService split = new SplitStallService(stalls, documents, leaseBook, unitOfWork, clock,
            settings);
    final MergeStallsService merge = new MergeStallsService(stalls, documents, leaseBook, unitOfWork, clock,
            settings);
    final ChangeStallService change = new ChangeStallService(stalls, documents, unitOfWork, clock,
            settings);
    final StallHistoryService history = new StallHistoryService(stalls, documents);

    static final Approval APPROVAL = new Approval("zhang.wei", "li.na", Optional.of(LocalDate.of(2026, 3, 1)));

    ReshapeWorld with(Stall... s) {
        stalls.insert(List.of(s));
        return this;
    }

    Stall stall(String no) {
        return stalls.find(StallNo.of(no)).orElseThrow();
    }

    /** Every stored stall, to compare before and after a refusal. */
    List<Stall> snapshot() {
        return stalls.list(StallFilter.ALL, null, 10_000);
    }
}
