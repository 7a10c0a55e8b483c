package org.mallcrm.adapters.http.web.console;

import static org.mallcrm.adapters.http.web.kit.Links.enc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.adapters.http.common.Dates;
import org.mallcrm.adapters.http.merchant.MerchantDesk;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Form;
import org.mallcrm.adapters.http.web.kit.Refusals;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.audit.port.in.AuditLog;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.lease.port.in.PlacementUseCases;
import org.mallcrm.application.stall.port.in.StallQueries;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.audit.AuditEntry;
import org.mallcrm.domain.merchant.AdvanceOutcome;
import org.mallcrm.domain.merchant.Contact;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.placement.Grade;
import org.mallcrm.domain.placement.Placement;
import org.mallcrm.domain.placement.PlacementStatus;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;

/**
 * The actions of the 360° merchant file, each a form posting to the merchant's address: 招商部 ({@link
 * Capability#PIPELINE}) records a follow-up, moves the merchant to another stage (forward or back, as the pipeline
 * allows), adds a contact and writes in the operations log; {@link Capability#PLACEMENTS} starts a placement (落位单)
 * for stalls and takes it through submit, approve or reject. Done → back to the file with a notice; refused → the
 * file again with the form as typed and the reason in Chinese words (422 bad input, 409 refused), never an error
 * page; a merchant that does not exist is 404.
 */
public final class MerchantActions {

    /** The form that was sent back, as typed, with its errors; {@link #NONE} on a plain visit. */
    public record Submitted(String form, Map<String, String> fields, List<String> errors) {

        static final Submitted NONE = new Submitted("", Map.of(), List.of());

        public String field(String name) {
            return fields.getOrDefault(name, "");
        }

        public boolean is(String code) {
            return form.equals(code);
        }
    }

    /** A choice of a select: its code and its label. */
    public record Choice(String code, String label) {
    }

    /** A placement of the merchant still on its way, with the steps the viewer may take on it. */
    public record OpenPlacement(String no, String stalls, String status, String statusCode, boolean submit,
            boolean decide) {
    }

    /** What the file offers its viewer: which forms, the stages it may move to, open placements, the form sent. */
    public record Panel(boolean pipeline, boolean placements, List<Choice> stages, List<Choice> grades,
            List<OpenPlacement> open, String today, String notice, Submitted in) {
        public Panel {
            stages = List.copyOf(stages);
            grades = List.copyOf(grades);
            open = List.copyOf(open);
        }

        public boolean any() {
            return pipeline || placements;
        }
    }

    /** Re-renders the file with a status and the form sent back. */
    interface Renderer {
        void render(WebExchange x, int status, MerchantNo no, Submitted in);
    }

    private static final List<String> STEPS = List.of("submit", "approve", "reject");

    private final MerchantDesk.UseCases desk;
    private final PlacementUseCases placements;
    private final StallQueries stalls;
    private final AuditLog audit;
    private final Renderer renderer;

    MerchantActions(MerchantDesk.UseCases desk, PlacementUseCases placements, StallQueries stalls, AuditLog audit,
            Renderer renderer) {
        this.desk = desk;
        this.placements = placements;
        this.stalls = stalls;
        this.audit = audit;
        this.renderer = renderer;
    }

    List<WebRoute> routes() {
        Access pipeline = Access.staff(Capability.PIPELINE);
        Access placing = Access.staff(Capability.PLACEMENTS);
        List<WebRoute> routes = new ArrayList<>(List.of(
                WebRoute.post("/merchants/{no}/follow-ups", pipeline, this::followUp),
                WebRoute.post("/merchants/{no}/advance", pipeline, this::advance),
                WebRoute.post("/merchants/{no}/contacts", pipeline, this::contact),
                WebRoute.post("/merchants/{no}/log", pipeline, this::log),
                WebRoute.post("/merchants/{no}/placements", placing, this::place)));
        for (String step : STEPS) {
            routes.add(WebRoute.post("/merchants/{no}/placements/{placement}/" + step, placing,
                    x -> step(x, step)));
        }
        return routes;
    }

    /** The panel of a merchant's file for this viewer. */
    static Panel panel(Viewer v, Merchant m, List<Placement> ofMerchant, LocalDate today, String notice,
            Submitted in) {
        List<Choice> stages = new ArrayList<>();
        for (Stage s : Stage.values()) {
            if (s != m.stage()) {
                stages.add(new Choice(s.name(), v.t("stage." + s.name())));
            }
        }
        List<Choice> grades = new ArrayList<>();
        for (Grade g : Grade.values()) {
            grades.add(new Choice(g.name(), g.name()));
        }
        boolean placing = v.may(Capability.PLACEMENTS);
        List<OpenPlacement> open = new ArrayList<>();
        for (Placement p : ofMerchant) {
            if (p.status() == PlacementStatus.DRAFT || p.status() == PlacementStatus.SUBMITTED) {
                open.add(new OpenPlacement(p.placementNo(), String.join("、", p.stallNos().stream()
                        .map(StallNo::value).toList()), v.t("mfile.placement." + p.status().name()),
                        p.status().name(), placing && p.status() == PlacementStatus.DRAFT,
                        placing && p.status() == PlacementStatus.SUBMITTED));
            }
        }
        return new Panel(v.may(Capability.PIPELINE), placing, stages, grades, open, today.toString(), notice, in);
    }


    private static MerchantNo merchantNo(WebExchange x) {
        try {
            return MerchantNo.of(x.pathParam("no"));
        } catch (IllegalArgumentException e) {
            throw WebException.notFound();
        }
    }

    /** The merchant of the address, which must exist (else 404, before any form is read). */
    private Merchant existing(MerchantNo no) {
        return desk.merchants().find(no).orElseThrow(WebException::notFound);
    }

    private static Map<String, String> fields(Form form, String... names) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String n : names) {
            form.get(n).ifPresent(value -> fields.put(n, value));
        }
        return fields;
    }

    private void refuse(WebExchange x, int status, MerchantNo no, String form, Map<String, String> fields,
            List<String> errors) {
        renderer.render(x, status, no, new Submitted(form, fields, errors));
    }

    private void done(WebExchange x, MerchantNo no, String action, String summary) {
        audit.record(x.principal(), AuditEntry.Via.WEB, "merchant." + action, no.value(), summary);
        x.redirect("/merchants/" + enc(no.value()) + "?done=" + action);
    }

    /**
     * A day typed in a date field, or null when empty; one that is not a date the API takes ({@link Dates}) adds a
     * Chinese error naming the field.
     */
    private static LocalDate day(Viewer v, Map<String, String> fields, String name, String labelKey,
            List<String> errors) {
        String text = fields.get(name);
        if (text == null) {
            return null;
        }
        LocalDate day = Dates.parseOrNull(text);
        if (day == null) {
            errors.add(v.t("mfile.form.bad_date", v.t(labelKey), text));
        }
        return day;
    }

    // ---- 招商部: follow-ups, stages, contacts, the operations log ----

    private void followUp(WebExchange x) {
        Viewer v = x.viewer();
        MerchantNo no = merchantNo(x);
        existing(no);
        Map<String, String> fields = fields(x.form(), "note", "on", "next_visit_on");
        List<String> errors = new ArrayList<>();
        LocalDate on = day(v, fields, "on", "mfile.followup.on", errors);
        LocalDate next = day(v, fields, "next_visit_on", "mfile.followup.next", errors);
        if (!fields.containsKey("note")) {
            errors.add(v.t("mfile.followup.note_missing"));
        }
        if (!errors.isEmpty()) {
            refuse(x, 422, no, "follow-up", fields, errors);
            return;
        }
        switch (desk.pipeline().followUp(no, fields.get("note"), on, next, x.principal().name())) {
            case Outcome.Done<?> d -> done(x, no, "follow-up", v.t("audit.merchant.follow_up",
                    no.value(), next == null ? "—" : next.toString()));
            case Outcome.NotFound<?> n -> throw WebException.notFound();
            case Outcome.Invalid<?> i -> refuse(x, 422, no, "follow-up", fields, i.errors().stream()
                    .map(e -> followUpError(v, e, on == null ? desk.merchants().today() : on)).toList());
            case Outcome.Refused<?> r -> refuse(x, 409, no, "follow-up", fields,
                    List.of(v.t("mfile.form.refused")));
        }
    }

    private static String followUpError(Viewer v, RowError e, LocalDate on) {
        return switch (e.column()) {
            case "next" -> v.t("mfile.followup.next_before", e.value(), on.toString());
            case "note" -> v.t("mfile.followup.note_bad", "2000");
            default -> v.t("mfile.form.bad_field", e.column());
        };
    }

    private void advance(WebExchange x) {
        Viewer v = x.viewer();
        MerchantNo no = merchantNo(x);
        Merchant m = existing(no);
        Map<String, String> fields = fields(x.form(), "to", "on");
        List<String> errors = new ArrayList<>();
        LocalDate on = day(v, fields, "on", "mfile.advance.on", errors);
        Stage to = null;
        try {
            to = Stage.parse(fields.get("to"));
        } catch (IllegalArgumentException e) {
            errors.add(v.t("mfile.advance.pick"));
        }
        if (!errors.isEmpty()) {
            refuse(x, 422, no, "advance", fields, errors);
            return;
        }
        LocalDate day = on == null ? desk.merchants().today() : on;
        switch (desk.pipeline().advance(no, to.name(), day)) {
            case Outcome.Done<AdvanceOutcome.Advanced> d -> done(x, no, "advance", v.t("audit.merchant.advance",
                    no.value(), v.t("stage." + d.value().from().name()), v.t("stage." + d.value().to().name())));
            case Outcome.NotFound<AdvanceOutcome.Advanced> n -> throw WebException.notFound();
            case Outcome.Invalid<AdvanceOutcome.Advanced> i -> refuse(x, 422, no, "advance", fields,
                    List.of(v.t("mfile.advance.pick")));
            case Outcome.Refused<AdvanceOutcome.Advanced> r -> refuse(x, 409, no, "advance", fields,
                    List.of(advanceRefusal(v, m, to, day)));
        }
    }

    /**
     * Why the pipeline refused the move, in words: the domain answers the same move on the merchant as it was read
     * (nothing is stored), and its stable reason picks the sentence.
     */
    private static String advanceRefusal(Viewer v, Merchant m, Stage to, LocalDate day) {
        String from = v.t("stage." + m.stage().name());
        String target = v.t("stage." + to.name());
        if (m.advance(to, day) instanceof AdvanceOutcome.Refused r) {
            return v.t("mfile.advance.refused." + r.reason().name(), from, target,
                    m.currentStage().enteredOn().toString());
        }
        return v.t("mfile.form.changed");
    }

    private void contact(WebExchange x) {
        Viewer v = x.viewer();
        MerchantNo no = merchantNo(x);
        existing(no);
        Map<String, String> fields = fields(x.form(), "name", "phone", "role");
        Contact c;
        try {
            c = new Contact(fields.get("name"), fields.get("phone"), fields.get("role"));
        } catch (IllegalArgumentException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            String key = msg.startsWith("phone") ? "mfile.contact.bad_phone"
                    : msg.startsWith("contact role") ? "mfile.contact.bad_role" : "mfile.contact.bad_name";
            refuse(x, 422, no, "contact", fields, List.of(v.t(key)));
            return;
        }
        switch (desk.pipeline().addContact(no, c)) {
            case Outcome.Done<Merchant> d -> done(x, no, "contact", v.t("audit.merchant.contact", no.value(),
                    c.name()));
            case Outcome.NotFound<Merchant> n -> throw WebException.notFound();
            case Outcome.Invalid<Merchant> i -> refuse(x, 422, no, "contact", fields,
                    List.of(v.t("mfile.contact.bad_name")));
            case Outcome.Refused<Merchant> r -> refuse(x, 409, no, "contact", fields,
                    List.of(v.t("mfile.form.refused")));
        }
    }

    private void log(WebExchange x) {
        Viewer v = x.viewer();
        MerchantNo no = merchantNo(x);
        existing(no);
        Map<String, String> fields = fields(x.form(), "note");
        if (!fields.containsKey("note")) {
            refuse(x, 422, no, "log", fields, List.of(v.t("mfile.log.note_missing")));
            return;
        }
        switch (desk.pipeline().log(no, x.principal().name(), fields.get("note"))) {
            case Outcome.Done<?> d -> done(x, no, "log", v.t("audit.merchant.log", no.value()));
            case Outcome.NotFound<?> n -> throw WebException.notFound();
            case Outcome.Invalid<?> i -> refuse(x, 422, no, "log", fields,
                    List.of(v.t("mfile.log.note_bad", "2000")));
            case Outcome.Refused<?> r -> refuse(x, 409, no, "log", fields, List.of(v.t("mfile.form.refused")));
        }
    }

    // ---- placements (落位单) ----

    private void place(WebExchange x) {
        Viewer v = x.viewer();
        MerchantNo no = merchantNo(x);
        existing(no);
        Map<String, String> fields = fields(x.form(), "stall_nos", "rent_per_m2_month", "grade");
        List<String> errors = new ArrayList<>();
        List<StallNo> stallNos = new ArrayList<>();
        for (String s : CampaignPages.list(fields.get("stall_nos"))) {
            try {
                stallNos.add(StallNo.of(s));
            } catch (IllegalArgumentException e) {
                errors.add(v.t("mfile.place.bad_stall", s));
            }
        }
        if (stallNos.isEmpty() && errors.isEmpty()) {
            errors.add(v.t("mfile.place.no_stall"));
        }
        Money rent = null;
        if (fields.containsKey("rent_per_m2_month")) {
            try {
                rent = Money.parse(fields.get("rent_per_m2_month"));
            } catch (IllegalArgumentException e) {
                errors.add(v.t("mfile.place.bad_rent", fields.get("rent_per_m2_month")));
            }
        }
        Grade grade = null;
        if (fields.containsKey("grade")) {
            try {
                grade = Grade.valueOf(fields.get("grade"));
            } catch (IllegalArgumentException e) {
                errors.add(v.t("mfile.place.bad_grade"));
            }
        }
        if (!errors.isEmpty()) {
            refuse(x, 422, no, "place", fields, errors);
            return;
        }
        switch (placements.create(new PlacementUseCases.Create(no, stallNos, rent, grade, x.principal().name(),
                null))) {
            case Outcome.Done<Placement> d -> done(x, no, "place", v.t("audit.merchant.place",
                    d.value().placementNo(), no.value(), String.join("、", stallNos.stream().map(StallNo::value)
                            .toList())));
            case Outcome.NotFound<Placement> n -> throw WebException.notFound();
            case Outcome.Invalid<Placement> i -> refuse(x, 422, no, "place", fields, i.errors().stream()
                    .map(e -> placeError(v, e)).toList());
            case Outcome.Refused<Placement> r -> refuse(x, 409, no, "place", fields, List.of(
                    r.code().equals("stall-inactive") ? unplaceable(v, stallNos)
                            : Refusals.refused(v, "mfile.place.submit", r)));
        }
    }

    private static String placeError(Viewer v, RowError e) {
        return switch (e.column()) {
            case "stall_nos" -> e.value().isEmpty() ? v.t("mfile.place.no_stall")
                    : v.t("mfile.place.no_such_stall", e.value());
            case "grade" -> v.t("mfile.place.grade_missing");
            case "rent_per_m2_month" -> v.t("mfile.place.rent_out_of_bounds", e.value());
            default -> v.t("mfile.form.bad_field", e.column());
        };
    }

    /** Why the stalls cannot be placed: the first of them the stall itself says is not in use any more. */
    private String unplaceable(Viewer v, List<StallNo> stallNos) {
        for (StallNo s : stallNos) {
            Optional<Stall> stall = stalls.find(s);
            if (stall.isPresent() && !stall.get().isActive()) {
                return v.t("mfile.place.inactive", s.value(), v.t("status." + stall.get().status().name()));
            }
        }
        return v.t("mfile.form.changed");
    }

    private void step(WebExchange x, String step) {
        Viewer v = x.viewer();
        MerchantNo no = merchantNo(x);
        existing(no);
        String pno = x.pathParam("placement");
        Placement before = placements.find(pno).filter(p -> p.merchantNo().equals(no))
                .orElseThrow(WebException::notFound);
        Map<String, String> fields = fields(x.form(), "note");
        if (step.equals("reject") && !fields.containsKey("note")) {
            refuse(x, 422, no, "placement-" + pno, fields, List.of(v.t("mfile.place.reason_missing")));
            return;
        }
        String by = x.principal().name();
        Outcome<Placement> o = switch (step) {
            case "submit" -> placements.submit(pno, by);
            case "approve" -> placements.approve(pno, by, fields.getOrDefault("note", ""));
            case "reject" -> placements.reject(pno, by, fields.get("note"));
            default -> throw WebException.notFound();
        };
        switch (o) {
            case Outcome.Done<Placement> d -> {
                audit.record(x.principal(), AuditEntry.Via.WEB, "placement." + step, pno,
                        v.t("audit.placement." + step, pno, no.value()));
                x.redirect("/merchants/" + enc(no.value()) + "?done=placement-" + step);
            }
            case Outcome.NotFound<Placement> n -> throw WebException.notFound();
            case Outcome.Invalid<Placement> i -> refuse(x, 422, no, "placement-" + pno, fields,
                    List.of(v.t("mfile.form.refused")));
            case Outcome.Refused<Placement> r -> refuse(x, 409, no, "placement-" + pno, fields,
                    List.of(stepRefusal(v, before, step)));
        }
    }

    /** Why a step was refused: the placement's status, its grade, or the merchant's standing. */
    private static String stepRefusal(Viewer v, Placement p, String step) {
        PlacementStatus from = switch (step) {
            case "submit" -> PlacementStatus.DRAFT;
            default -> PlacementStatus.SUBMITTED;
        };
        if (p.status() != from) {
            return v.t("mfile.place.refused.status", p.placementNo(), v.t("mfile.placement." + p.status().name()),
                    v.t("mfile.place.step." + step));
        }
        if (step.equals("approve")) {
            return p.grade() == Grade.D ? v.t("mfile.place.refused.grade_d", p.placementNo())
                    : v.t("mfile.place.refused.ineligible", p.merchantNo().value());
        }
        return v.t("mfile.form.changed");
    }
}
