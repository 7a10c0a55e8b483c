package org.mallcrm.domain.stall;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document that reshapes or changes stalls (拆分单, 合并单, 变更单): each carries its paper trail, and reads
 * its number, people, times and effective date from it.
 */
public interface StallDocument {

    StallRequest request();

    default String documentNo() {
        return request().documentNo();
    }

    default String requestedBy() {
        return request().requestedBy();
    }

    default Instant requestedAt() {
        return request().requestedAt();
    }

    default String approvedBy() {
        return request().approvedBy();
    }

    default Instant approvedAt() {
        return request().approvedAt();
    }

    default LocalDate effectiveOn() {
        return request().effectiveOn();
    }
}
