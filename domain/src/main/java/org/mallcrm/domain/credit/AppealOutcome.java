package org.mallcrm.domain.credit;

import java.util.Objects;

/** The answer to an appeal step (lodge, uphold, withdraw): done with the audit event, or refused. */
public sealed interface AppealOutcome permits AppealOutcome.Changed, AppealOutcome.Refused {

    record Changed(MerchantCredit credit, BehaviourRecord record, CreditEvent event) implements AppealOutcome {
        public Changed {
            Objects.requireNonNull(credit, "credit");
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(event, "event");
        }
    }

    record Refused(Reason reason, String detail) implements AppealOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    enum Reason {
        /** No record with that id for this merchant. */
        NO_SUCH_RECORD,
        /** The record is not in a state that allows this step (only NONE may be appealed, only UNDER_APPEAL decided). */
        WRONG_STATE
    }
}
