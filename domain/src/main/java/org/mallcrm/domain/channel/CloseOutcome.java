package org.mallcrm.domain.channel;

/** The outcome of closing a statement: closed now, or it was already closed (and stays as it was). */
public sealed interface CloseOutcome permits CloseOutcome.Closed, CloseOutcome.AlreadyClosed {

    ClosedStatement statement();

    record Closed(ClosedStatement statement) implements CloseOutcome {
    }

    record AlreadyClosed(ClosedStatement statement) implements CloseOutcome {
    }

    /** Closes a draft; a closed statement is refused and returned unchanged. */
    static CloseOutcome close(CommissionStatement statement, java.time.Instant closedAt) {
        return switch (statement) {
            case DraftStatement d -> new Closed(d.close(closedAt));
            case ClosedStatement c -> new AlreadyClosed(c);
        };
    }
}
