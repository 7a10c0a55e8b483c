package org.mallcrm.domain.stall;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a stall document needs to know about numbers already in use: the status of the stall holding a number,
 * if any (retired stalls keep their numbers). An application service backs it with its stall repository.
 */
@FunctionalInterface
public interface StallNumbers {

    Optional<StallStatus> statusOf(StallNo no);

    /** No number is in use. */
    static StallNumbers none() {
        return no -> Optional.empty();
    }

    /** The numbers of these stalls are in use. */
    static StallNumbers of(Collection<Stall> stalls) {
        Map<StallNo, StallStatus> m = new HashMap<>();
        for (Stall s : stalls) {
            m.put(s.no(), s.status());
        }
        return no -> Optional.ofNullable(m.get(no));
    }
}
