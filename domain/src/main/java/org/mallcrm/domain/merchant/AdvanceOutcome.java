package org.mallcrm.domain.merchant;

import java.time.LocalDate;
import java.util.Objects;

/** The answer to moving a merchant to another stage (一键转变): moved, or refused with the reason. */
public sealed interface AdvanceOutcome permits AdvanceOutcome.Advanced, AdvanceOutcome.Refused {

    /** The merchant moved: {@code merchant} is the new state, with the old stage closed on {@code on}. */
    record Advanced(Merchant merchant, Stage from, Stage to, LocalDate on) implements AdvanceOutcome {
        public Advanced {
            Objects.requireNonNull(merchant, "merchant");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(on, "on");
        }
    }

    /** The move was refused; nothing changed. */
    record Refused(Reason reason, String detail) implements AdvanceOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Stable reasons, for adapters to map (problem type, exit code 1). */
    enum Reason {
        /** The merchant is already in the target stage. */
        SAME_STAGE,
        /** The pipeline does not allow this move (see {@link Stage}). */
        TRANSITION_NOT_ALLOWED,
        /** The move is dated before the merchant entered its current stage. */
        DATE_BEFORE_CURRENT_STAGE
    }
}
