package org.mallcrm.domain.stall;

/** What a stall change request comes to: the change made, or refused with the reason. */
public sealed interface ChangeOutcome {

    /** The change: the document and the stall as it now stands (save both). */
    record Changed(StallChange document, Stall stall) implements ChangeOutcome {
    }

    record Refused(ReshapeRefusal refusal) implements ChangeOutcome {
    }
}
