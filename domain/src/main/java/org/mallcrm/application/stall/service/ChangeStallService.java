package org.mallcrm.application.stall.service;

import java.util.List;
import java.util.Optional;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.stall.port.in.ChangeStallCommand;
import org.mallcrm.application.stall.port.in.ChangeStallUseCase;
import org.mallcrm.application.stall.port.in.ReshapeResult;
import org.mallcrm.application.stall.port.out.StallDocuments;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.domain.stall.ChangeOutcome;
import org.mallcrm.application.settings.port.out.CurrentSettings;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallChange;
import org.mallcrm.domain.stall.StallDocument;
import org.mallcrm.domain.stall.StallRequest;

/**
 * Reads the stall, runs the change document, and saves the stall (under its new number when renumbered, its
 * lineage following) and the document together.
 */
public final class ChangeStallService implements ChangeStallUseCase {

    private final Stalls stalls;
    private final StallDocuments documents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final CurrentSettings settings;

    public ChangeStallService(Stalls stalls, StallDocuments documents, UnitOfWork unitOfWork, Clock clock,
            CurrentSettings settings) {
        this.stalls = stalls;
        this.documents = documents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public ReshapeResult change(ChangeStallCommand command) {
        return unitOfWork.inTransaction(() -> {
            Optional<Stall> found = stalls.find(command.stall());
            if (found.isEmpty()) {
                return new ReshapeResult.NotFound(command.stall());
            }
            StallRequest request = Filing.request(StallDocument.Kind.CHANGE, command.approval(), documents, clock);
            ChangeOutcome outcome = StallChange.of(found.get(), command.newNo(), command.newLeasableArea(), request,
                    Filing.numbers(stalls), settings.current().geometryPolicy());
            return switch (outcome) {
                case ChangeOutcome.Refused r -> new ReshapeResult.Refused(r.refusal());
                case ChangeOutcome.Changed c -> {
                    if (c.document().renumbers()) {
                        stalls.renumber(c.document().noBefore(), c.stall());
                    } else {
                        stalls.update(List.of(c.stall()));
                    }
                    documents.add(c.document());
                    yield new ReshapeResult.Filed(c.document(), List.of(c.stall()));
                }
            };
        });
    }
}
