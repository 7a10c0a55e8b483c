package org.mallcrm.application.stall.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.stall.port.in.MergeStallsCommand;
import org.mallcrm.application.stall.port.in.MergeStallsUseCase;
import org.mallcrm.application.stall.port.in.ReshapeResult;
import org.mallcrm.application.stall.port.out.StallDocuments;
import org.mallcrm.application.stall.port.out.StallLeases;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.application.settings.port.out.CurrentSettings;
import org.mallcrm.domain.stall.MergeOutcome;
import org.mallcrm.domain.stall.ReshapeRefusal;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallDocument;
import org.mallcrm.domain.stall.StallMerge;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallRequest;

/** Reads the stalls, runs the merge document, and saves the parents, the new stall and the document together. */
public final class MergeStallsService implements MergeStallsUseCase {

    private final Stalls stalls;
    private final StallDocuments documents;
    private final StallLeases leases;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final CurrentSettings settings;

    public MergeStallsService(Stalls stalls, StallDocuments documents, StallLeases leases, UnitOfWork unitOfWork,
            Clock clock, CurrentSettings settings) {
        this.stalls = stalls;
        this.documents = documents;
        this.leases = leases;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public ReshapeResult merge(MergeStallsCommand command) {
        return unitOfWork.inTransaction(() -> {
            Map<StallNo, Stall> found = stalls.findAll(command.stalls());
            List<Stall> parents = new ArrayList<>(command.stalls().size());
            for (StallNo no : command.stalls()) {
                Stall s = found.get(no);
                if (s == null) {
                    return new ReshapeResult.NotFound(no);
                }
                parents.add(s);
            }
            StallRequest request = Filing.request(StallDocument.Kind.MERGE, command.approval(), documents, clock);
            MergeOutcome outcome = StallMerge.of(parents, command.as(), command.baseRent(), request,
                    Filing.numbers(stalls), settings.current().geometryPolicy());
            return switch (outcome) {
                case MergeOutcome.Refused r -> new ReshapeResult.Refused(r.refusal());
                case MergeOutcome.Merged m -> save(m);
            };
        });
    }

    private ReshapeResult save(MergeOutcome.Merged m) {
        Optional<ReshapeRefusal> leased = Filing.leased(m.parents(), m.document().effectiveOn(), leases);
        if (leased.isPresent()) {
            return new ReshapeResult.Refused(leased.get());
        }
        stalls.update(m.parents());
        stalls.insert(List.of(m.merged()));
        documents.add(m.document());
        return new ReshapeResult.Filed(m.document(), m.stallsToSave());
    }
}
