package org.mallcrm.domain.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.stall.StallNo;

/** Shared checks of the request types. */
final class Trails {

    private Trails() {
    }

    static List<TrailEntry> require(List<TrailEntry> trail) {
        List<TrailEntry> t = List.copyOf(trail);
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a request's trail starts with its creation");
        }
        for (int i = 1; i < t.size(); i++) {
            if (t.get(i).when().isBefore(t.get(i - 1).when())) {
                throw new IllegalArgumentException("a request's trail runs forward in time");
            }
        }
        return t;
    }

    static List<TrailEntry> append(List<TrailEntry> trail, TrailEntry entry) {
        if (entry.when().isBefore(trail.get(trail.size() - 1).when())) {
            throw new IllegalArgumentException("step at " + entry.when() + " is before the request's last step");
        }
        List<TrailEntry> t = new ArrayList<>(trail);
        t.add(entry);
        return t;
    }

    /** The refusal when {@code merchant} does not lease {@code stall}, or null. */
    static <T> RequestOutcome<T> unlessLeased(MerchantNo merchant, StallNo stall, Set<StallNo> leasedStalls) {
        if (leasedStalls.contains(stall)) {
            return null;
        }
        return new RequestOutcome.Refused<>(RequestOutcome.Reason.STALL_NOT_LEASED,
                "merchant " + merchant + " does not lease stall " + stall);
    }

    static <T> RequestOutcome<T> wrongState(String what, Object status, String step) {
        return new RequestOutcome.Refused<>(RequestOutcome.Reason.WRONG_STATE,
                what + " is " + status + "; it cannot be " + step);
    }

    static Instant last(List<TrailEntry> trail) {
        return trail.get(trail.size() - 1).when();
    }
}
