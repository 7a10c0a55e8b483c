package org.mallcrm.application.stall.port.in;

import java.util.List;
import org.mallcrm.domain.stall.ReshapeRefusal;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallDocument;
import org.mallcrm.domain.stall.StallNo;

/** What a split, merge or change request comes to. Nothing is written unless it is {@link Filed}. */
public sealed interface ReshapeResult {

    /** The document filed and every stall record it wrote (retired parents first, then the new stalls). */
    record Filed(StallDocument document, List<Stall> stalls) implements ReshapeResult {
        public Filed {
            stalls = List.copyOf(stalls);
        }

        /** The stalls the document created or changed, in document order. */
        public List<Stall> result() {
            return stalls.stream().filter(s -> document.to().contains(s.no())).toList();
        }
    }

    /** A rule refused it; the reason says which. */
    record Refused(ReshapeRefusal refusal) implements ReshapeResult {
    }

    /** A stall named in the request does not exist. */
    record NotFound(StallNo stall) implements ReshapeResult {
    }
}
