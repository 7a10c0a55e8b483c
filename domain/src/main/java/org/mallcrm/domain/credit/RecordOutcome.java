package org.mallcrm.domain.credit;

import java.util.Objects;

/** The answer to recording a behaviour: recorded (with the audit event), a duplicate, or refused. */
public sealed interface RecordOutcome permits RecordOutcome.Recorded, RecordOutcome.Duplicate, RecordOutcome.Refused {

    /** Recorded: {@code credit} is the new state; store {@code record} and {@code event}. */
    record Recorded(MerchantCredit credit, BehaviourRecord record, CreditEvent event) implements RecordOutcome {
        public Recorded {
            Objects.requireNonNull(credit, "credit");
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * The same behaviour is already recorded (same merchant, type, stall and day, or same source key): nothing
     * changed. Re-running an import or the overdue check lands here.
     */
    record Duplicate(BehaviourRecord existing) implements RecordOutcome {
        public Duplicate {
            Objects.requireNonNull(existing, "existing");
        }
    }

    /** Refused; nothing changed. */
    record Refused(Reason reason, String detail) implements RecordOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    enum Reason {
        /** The type requires evidence and none was given. */
        EVIDENCE_REQUIRED,
        /** The day is after the as-of date: behaviour is recorded once it happened. */
        DAY_IN_FUTURE,
        /** The record id is already used by another record. */
        ID_TAKEN
    }
}
