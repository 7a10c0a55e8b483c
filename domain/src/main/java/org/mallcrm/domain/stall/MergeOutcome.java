package org.mallcrm.domain.stall;

import java.util.ArrayList;
import java.util.List;

/** What a merge request comes to: the merge done, or refused with the reason. */
public sealed interface MergeOutcome {

    /**
     * The merge: the document, the parents now {@code MERGED} naming the new stall, and the new stall
     * ({@code VACANT}, parents recorded). Save all of them together.
     */
    record Merged(StallMerge document, List<Stall> parents, Stall merged) implements MergeOutcome {
        public Merged {
            parents = List.copyOf(parents);
        }

        /** The parents and the new stall: every stall record the merge writes. */
        public List<Stall> stallsToSave() {
            List<Stall> all = new ArrayList<>(parents);
            all.add(merged);
            return all;
        }
    }

    record Refused(ReshapeRefusal refusal) implements MergeOutcome {
    }
}
