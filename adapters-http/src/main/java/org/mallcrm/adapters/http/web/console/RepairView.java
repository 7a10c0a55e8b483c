package org.mallcrm.adapters.http.web.console;

import java.util.ArrayList;
import java.util.List;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.domain.request.Actor;
import org.mallcrm.domain.request.RepairRequest;
import org.mallcrm.domain.request.TrailEntry;

/**
 * A repair request (维修申请) as a page shows it, to staff in the console and to its merchant on the phone: the facts,
 * its trail, and the steps the viewer may take now (assign, resolve) with what was typed and what was wrong.
 */
public record RepairView(String no, String merchant, String stall, String category, String description,
        String urgency, String status, String statusCode, String assignee, String resolution, List<Step> trail,
        boolean canAssign, boolean canResolve, String assignTo, String resolutionText, List<String> errors) {

    public RepairView {
        trail = List.copyOf(trail);
        errors = List.copyOf(errors);
    }

    /** One step of the trail: when, who, what. */
    public record Step(String at, String who, String what) {
    }

    /**
     * @param mayHandle whether the viewer is staff whose department handles requests (the merchant never is)
     */
    public static RepairView of(Viewer v, RepairRequest r, boolean mayHandle, String assignTo, String resolutionText,
            List<String> errors) {
        List<Step> trail = new ArrayList<>();
        for (TrailEntry e : r.trail()) {
            String who = switch (e.who()) {
                case Actor.Staff s -> v.t("request.by.staff", s.id().value());
                case Actor.Merchant m -> v.t("request.by.merchant", m.no().value());
            };
            int colon = e.what().indexOf(": ");
            String step = colon < 0 ? e.what() : e.what().substring(0, colon);
            String note = colon < 0 ? "" : e.what().substring(colon + 2);
            if (step.equals("ASSIGNED") && note.startsWith("to ")) {
                note = v.t("request.step.ASSIGNED.to", note.substring(3));
            }
            note = note.isEmpty() ? "" : v.t("request.note", note);
            trail.add(new Step(v.formats().instant(e.when()), who, v.t("request.step." + step) + note));
        }
        return new RepairView(r.no().value(), r.merchant().value(), r.stall().value(), r.category(), r.description(),
                v.t("repair.urgency." + r.urgency().name()), v.t("repair.status." + r.status().name()),
                r.status().name(), r.assignee() == null ? "" : r.assignee().value(),
                r.resolution() == null ? "" : r.resolution(), trail,
                mayHandle && r.status() != RepairRequest.Status.RESOLVED,
                mayHandle && r.status() == RepairRequest.Status.ASSIGNED, assignTo, resolutionText, errors);
    }
}
