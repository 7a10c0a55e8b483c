package org.mallcrm.domain.stall;

import java.time.LocalDate;
import java.util.List;

/**
 * A stall document (拆分单, 合并单, 变更单) as it is filed: what kind it is, the stall numbers it takes (the stalls a
 * split or merge retires, or the number a change replaces) and the numbers it gives (the stalls it creates, or
 * the number after a change), and its paper trail. The numbers are the ones on the document when it was
 * approved; a later renumbering does not rewrite them.
 */
public sealed interface StallDocument permits StallSplit, StallMerge, StallChange {

    /** The three kinds of stall document. */
    enum Kind {
        /** 拆分单: one stall into several. */
        SPLIT,
        /** 合并单: several stalls into one. */
        MERGE,
        /** 变更单: a new number or a newly surveyed leasable area. */
        CHANGE
    }

    Kind kind();

    /** Who asked, who approved, when, and the effective date. */
    StallRequest request();

    /** The stall numbers the document starts from: a split's parent, a merge's parents, a change's old number. */
    List<StallNo> from();

    /** The stall numbers it ends with: a split's children, the merged stall, a change's new number. */
    List<StallNo> to();

    default String documentNo() {
        return request().documentNo();
    }

    default LocalDate effectiveOn() {
        return request().effectiveOn();
    }

    /** Whether the document names this number on either side. */
    default boolean involves(StallNo no) {
        return from().contains(no) || to().contains(no);
    }
}
