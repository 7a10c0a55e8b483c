package org.mallcrm.domain.exit;

/** The result of moving an exit request along: moved, or refused with the reason. */
public sealed interface ExitOutcome permits ExitOutcome.Moved, ExitOutcome.Refused {

    record Moved(ExitRequest request) implements ExitOutcome {
    }

    record Refused(String reason) implements ExitOutcome {
    }
}
