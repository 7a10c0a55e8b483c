package org.mallcrm.application.stall.service;

import java.util.List;
import java.util.Optional;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.stall.port.in.ReshapeResult;
import org.mallcrm.application.stall.port.in.SplitStallCommand;
import org.mallcrm.application.stall.port.in.SplitStallUseCase;
import org.mallcrm.application.stall.port.out.StallDocuments;
import org.mallcrm.application.stall.port.out.StallLeases;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.application.settings.port.out.CurrentSettings;
import org.mallcrm.domain.stall.ReshapeRefusal;
import org.mallcrm.domain.stall.SplitOutcome;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallDocument;
import org.mallcrm.domain.stall.StallRequest;
import org.mallcrm.domain.stall.StallSplit;

/** Reads the stall, runs the split document, and saves the parent, the children and the document together. */
public final class SplitStallService implements SplitStallUseCase {

    private final Stalls stalls;
    private final StallDocuments documents;
    private final StallLeases leases;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final CurrentSettings settings;

    public SplitStallService(Stalls stalls, StallDocuments documents, StallLeases leases, UnitOfWork unitOfWork,
            Clock clock, CurrentSettings settings) {
        this.stalls = stalls;
        this.documents = documents;
        this.leases = leases;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public ReshapeResult split(SplitStallCommand command) {
        return unitOfWork.inTransaction(() -> {
            Optional<Stall> found = stalls.find(command.stall());
            if (found.isEmpty()) {
                return new ReshapeResult.NotFound(command.stall());
            }
            Stall parent = found.get();
            StallRequest request = Filing.request(StallDocument.Kind.SPLIT, command.approval(), documents, clock);
            SplitOutcome outcome = switch (command.how()) {
                case SplitStallCommand.ByCut c -> StallSplit.byCut(parent, c.axis(), c.atMm(), request,
                        Filing.numbers(stalls), settings.current().geometryPolicy());
                case SplitStallCommand.IntoParts p -> StallSplit.intoParts(parent, p.parts(), request,
                        Filing.numbers(stalls), settings.current().geometryPolicy());
            };
            return switch (outcome) {
                case SplitOutcome.Refused r -> new ReshapeResult.Refused(r.refusal());
                case SplitOutcome.Split s -> save(s);
            };
        });
    }

    private ReshapeResult save(SplitOutcome.Split s) {
        Optional<ReshapeRefusal> leased = Filing.leased(List.of(s.parent()), s.document().effectiveOn(), leases);
        if (leased.isPresent()) {
            return new ReshapeResult.Refused(leased.get());
        }
        stalls.update(List.of(s.parent()));
        stalls.insert(s.children());
        documents.add(s.document());
        return new ReshapeResult.Filed(s.document(), s.stallsToSave());
    }
}
