package org.mallcrm.adapters.http.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.mallcrm.domain.request.Actor;
import org.mallcrm.domain.request.Feedback;
import org.mallcrm.domain.request.OvertimeRequest;
import org.mallcrm.domain.request.RepairRequest;
import org.mallcrm.domain.request.TrailEntry;

/**
 * A merchant's request as the API and the CLI show it, whatever its kind ({@code OVERTIME}, {@code REPAIR},
 * {@code FEEDBACK}); fields a kind does not use are null. Every step is in {@code trail}.
 */
public record RequestJson(String requestNo, String kind, String merchantNo, String stallNo, String status,
        LocalDate date, LocalTime from, LocalTime to, String reason, String category, String description,
        String urgency, String text, String assignee, String decisionNote, String resolution, String answer,
        Instant createdAt, List<TrailJson> trail) {

    /** One step: who ({@code by}, {@code by_role} STAFF or MERCHANT), what, when. */
    public record TrailJson(String by, String byRole, String what, Instant at) {
        static TrailJson of(TrailEntry t) {
            return switch (t.who()) {
                case Actor.Staff s -> new TrailJson(s.id().value(), "STAFF", t.what(), t.when());
                case Actor.Merchant m -> new TrailJson(m.no().value(), "MERCHANT", t.what(), t.when());
            };
        }
    }

    private static List<TrailJson> trail(List<TrailEntry> trail) {
        return trail.stream().map(TrailJson::of).toList();
    }

    public static RequestJson of(OvertimeRequest r) {
        return new RequestJson(r.no().value(), "OVERTIME", r.merchant().value(), r.stall().value(), r.status().name(),
                r.date(), r.from(), r.to(), r.reason(), null, null, null, null, null, r.decisionNote(), null, null,
                r.trail().get(0).when(), trail(r.trail()));
    }

    public static RequestJson of(RepairRequest r) {
        return new RequestJson(r.no().value(), "REPAIR", r.merchant().value(), r.stall().value(), r.status().name(),
                null, null, null, null, r.category(), r.description(), r.urgency().name(), null,
                r.assignee() == null ? null : r.assignee().value(), null, r.resolution(), null,
                r.trail().get(0).when(), trail(r.trail()));
    }

    public static RequestJson of(Feedback r) {
        return new RequestJson(r.no().value(), "FEEDBACK", r.merchant().value(),
                r.stallNo().map(Object::toString).orElse(null), r.status().name(), null, null, null, null,
                r.category(), null, null, r.text(), null, null, null, r.answer(), r.trail().get(0).when(),
                trail(r.trail()));
    }
}
