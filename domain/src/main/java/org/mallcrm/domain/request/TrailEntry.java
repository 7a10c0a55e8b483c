package org.mallcrm.domain.request;

import java.time.Instant;
import java.util.Objects;
import org.mallcrm.domain.common.Texts;

/**
 * One step in a request's trail: who did what, when.
 *
 * @param what the step's name ({@code SUBMITTED}, {@code APPROVED}, {@code ASSIGNED} …), followed by
 *             {@code ": "} and the note when there is one
 */
public record TrailEntry(Actor who, String what, Instant when) {

    public TrailEntry {
        Objects.requireNonNull(who, "who");
        what = Texts.require(what, "trail step", 2100);
        Objects.requireNonNull(when, "when");
    }

    static TrailEntry of(Actor who, String step, String note, Instant when) {
        return new TrailEntry(who, note == null || note.isBlank() ? step : step + ": " + note.strip(), when);
    }
}
