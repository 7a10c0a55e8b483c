package org.mallcrm.application.stall.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Who asks for a stall document and who approves it, and the day it takes effect (today when not given). The
 * instants of asking and approving are taken from the clock when the document is filed.
 */
public record Approval(String requestedBy, String approvedBy, Optional<LocalDate> effectiveOn) {

    public Approval {
        requestedBy = person(requestedBy, "requested by");
        approvedBy = person(approvedBy, "approved by");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
    }

    /** The same rule as the document's trail: a name, at most 80 characters. */
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

    /** Asked and approved by the same person, effective today. */
    public static Approval by(String person) {
        return new Approval(person, person, Optional.empty());
    }

    public Approval effective(LocalDate date) {
        return new Approval(requestedBy, approvedBy, Optional.of(date));
    }
}
