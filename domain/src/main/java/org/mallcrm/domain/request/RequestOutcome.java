package org.mallcrm.domain.request;

import java.util.Objects;

/** The answer to creating or moving a request: done (the request's new state) or refused with the reason. */
public sealed interface RequestOutcome<T> permits RequestOutcome.Done, RequestOutcome.Refused {

    record Done<T>(T request) implements RequestOutcome<T> {
        public Done {
            Objects.requireNonNull(request, "request");
        }
    }

    record Refused<T>(Reason reason, String detail) implements RequestOutcome<T> {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    enum Reason {
        /** The merchant does not lease the stall it names. */
        STALL_NOT_LEASED,
        /** The request's status does not allow the step. */
        WRONG_STATE
    }
}
