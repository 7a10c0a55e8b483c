package org.mallcrm.domain.stall;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.mallcrm.domain.common.Identifiers;

/**
 * The paper trail every stall document (拆分单, 合并单, 变更单) keeps: its number, who asked for it and when, who
 * approved it and when, and the day it takes effect. Instants come from the caller's clock, never read here.
 */
public record StallRequest(String documentNo, String requestedBy, Instant requestedAt, String approvedBy,
        Instant approvedAt, LocalDate effectiveOn) {

    public StallRequest {
        documentNo = Identifiers.require(documentNo, "document number");
        requestedBy = person(requestedBy, "requested by");
        approvedBy = person(approvedBy, "approved by");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(approvedAt, "approvedAt");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        if (approvedAt.isBefore(requestedAt)) {
            throw new IllegalArgumentException("document " + documentNo + " is approved (" + approvedAt
                    + ") before it was requested (" + requestedAt + ")");
        }
    }

    private static String person(String who, String what) {
        if (who == null || who.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String v = who.strip();
        if (v.length() > 80) {
            throw new IllegalArgumentException(what + " is longer than 80 characters");
        }
        return v;
    }
}
