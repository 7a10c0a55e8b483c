package org.mallcrm.domain.stall;

import java.util.ArrayList;
import java.util.List;

/** What a split request comes to: the split done, or refused with the reason. */
public sealed interface SplitOutcome {

    /**
     * The split: the document, the parent now {@code SPLIT} with its children named, and the children
     * ({@code VACANT}, parent recorded), in part order. Save all of them together.
     */
    record Split(StallSplit document, Stall parent, List<Stall> children) implements SplitOutcome {
        public Split {
            children = List.copyOf(children);
        }

        /** The parent and the children: every stall record the split writes. */
        public List<Stall> stallsToSave() {
            List<Stall> all = new ArrayList<>(children.size() + 1);
            all.add(parent);
            all.addAll(children);
            return all;
        }
    }

    record Refused(ReshapeRefusal refusal) implements SplitOutcome {
    }
}
