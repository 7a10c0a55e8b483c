package org.mallcrm.domain.stall;

import java.util.Collection;
import java.util.Optional;

/** The rules for giving a number to a stall born of a document. */
final class Numbering {

    private Numbering() {
    }

    /**
     * Whether {@code no} may be given to a new stall: not held by an active stall; not held by a retired one
     * (including the document's own parents) unless the policy reuses numbers.
     */
    static Optional<ReshapeRefusal> refuse(StallNo no, Collection<StallNo> parents, StallNumbers existing,
            GeometryPolicy policy) {
        if (parents.contains(no)) {
            return policy.reuseNumbers() ? Optional.empty()
                    : Optional.of(ReshapeRefusal.of(ReshapeRefusal.Reason.DUPLICATE_NUMBER, no,
                            no + " is the number of a stall being retired, and numbers are not reused"));
        }
        Optional<StallStatus> held = existing.statusOf(no);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        if (held.get().isActive()) {
            return Optional.of(ReshapeRefusal.of(ReshapeRefusal.Reason.DUPLICATE_NUMBER, no,
                    no + " is already the number of a " + held.get() + " stall"));
        }
        return policy.reuseNumbers() ? Optional.empty()
                : Optional.of(ReshapeRefusal.of(ReshapeRefusal.Reason.DUPLICATE_NUMBER, no,
                        no + " belonged to a " + held.get() + " stall, and numbers are not reused"));
    }

    /** A parent that cannot be reshaped: retired, or active but not vacant. */
    static Optional<ReshapeRefusal> refuseParent(Stall s) {
        if (!s.isActive()) {
            return Optional.of(new ReshapeRefusal(ReshapeRefusal.Reason.RETIRED, java.util.List.of(s.no()),
                    Optional.of(s.status()), s.no() + " is already " + s.status()));
        }
        if (s.status() != StallStatus.VACANT) {
            return Optional.of(ReshapeRefusal.notVacant(s));
        }
        return Optional.empty();
    }
}
