package org.mallcrm.domain.deposit;

/** The result of taking earnest money to lock stalls: held (the stalls go {@code RESERVED}) or refused. */
public sealed interface HoldOutcome permits HoldOutcome.Held, HoldOutcome.Refused {

    record Held(EarnestMoney earnestMoney) implements HoldOutcome {
    }

    record Refused(String reason) implements HoldOutcome {
    }
}
