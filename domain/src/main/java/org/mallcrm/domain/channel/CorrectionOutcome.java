package org.mallcrm.domain.channel;

import java.util.List;

/**
 * The outcome of correcting a closed statement: the adjustments to post on the next statement, or a refusal
 * naming the heads that cannot be revoked.
 */
public sealed interface CorrectionOutcome permits CorrectionOutcome.Corrected, CorrectionOutcome.Refused {

    record Corrected(List<Adjustment> adjustments) implements CorrectionOutcome {
        public Corrected {
            adjustments = List.copyOf(adjustments);
        }
    }

    /** Why: {@code NOT_ON_STATEMENT} (no such valid head) or {@code ALREADY_REVOKED} (an earlier correction). */
    record Refused(Reason reason, List<HeadKey> heads) implements CorrectionOutcome {
        public Refused {
            heads = List.copyOf(heads);
        }
    }

    enum Reason {
        NOT_ON_STATEMENT,
        ALREADY_REVOKED,
        NOTHING_TO_REVOKE
    }
}
