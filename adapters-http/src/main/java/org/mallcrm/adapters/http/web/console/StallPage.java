package org.mallcrm.adapters.http.web.console;

import static org.mallcrm.adapters.http.web.kit.Links.enc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.adapters.http.common.Dates;
import org.mallcrm.adapters.http.stall.ReshapeInput;
import org.mallcrm.adapters.http.stall.StallReshapeRoutes;
import org.mallcrm.adapters.http.web.console.DetailView.Fact;
import org.mallcrm.adapters.http.web.console.TableView.Cell;
import org.mallcrm.adapters.http.web.console.TableView.Column;
import org.mallcrm.adapters.http.web.console.TableView.Row;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.adapters.http.web.kit.Shell;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.audit.port.in.AuditLog;
import org.mallcrm.application.stall.port.in.Approval;
import org.mallcrm.application.stall.port.in.ChangeStallCommand;
import org.mallcrm.application.stall.port.in.MergeStallsCommand;
import org.mallcrm.application.stall.port.in.ReshapeResult;
import org.mallcrm.application.stall.port.in.SplitStallCommand;
import org.mallcrm.application.stall.port.in.StallHistory;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.audit.AuditEntry;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallDocument;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.time.MallTime;

/**
 * A stall's page ({@code /stalls/{no}}): its record, the numbers it had, the stalls it came from and became
 * (铺位沿革) and the documents that shaped it with their trail (who asked, who approved, when, effective when). For
 * 招商部 and 档案部, the stall documents themselves on a vacant stall: split it by a straight cut, merge it with its
 * neighbours, change its number or surveyed area — the same use cases as {@code stalls split|merge|change}, refusals in
 * words.
 */
public final class StallPage implements WebPage {

    private final StallReshapeRoutes.UseCases reshaping;
    private final AuditLog audit;

    public StallPage(StallReshapeRoutes.UseCases reshaping, AuditLog audit) {
        this.reshaping = reshaping;
        this.audit = audit;
    }

    /** The page: the stall's facts, its family and documents, and the forms the viewer may use. */
    public record View(String stallNo, boolean canReshape, List<Fact> facts, List<DetailView.Section> sections,
            String form, Map<String, String> fields, List<String> errors, String done, String today) {

        public String field(String code, String name, String fallback) {
            return form.equals(code) ? fields.getOrDefault(name, "") : fallback;
        }
    }

    @Override
    public List<WebRoute> routes() {
        return List.of(WebRoute.get("/stalls/{no}", Access.staff(), this::show),
                WebRoute.post("/stalls/{no}/split", Access.staff(Capability.STALL_RESHAPE), this::split),
                WebRoute.post("/stalls/{no}/merge", Access.staff(Capability.STALL_RESHAPE), this::merge),
                WebRoute.post("/stalls/{no}/change", Access.staff(Capability.STALL_RESHAPE), this::change));
    }

    private StallHistory history(WebExchange x, String no) {
        StallNo n;
        try {
            n = StallNo.of(no);
        } catch (IllegalArgumentException e) {
            throw WebException.notFound();
        }
        return reshaping.history().history(n).orElseThrow(WebException::notFound);
    }

    private void show(WebExchange x) {
        StallHistory h = history(x, x.pathParam("no"));
        String done = x.query("document").map(d -> x.viewer().t("stall.page.done", d)).orElse(null);
        render(x, 200, h, "", Map.of(), List.of(), done);
    }

    private void render(WebExchange x, int status, StallHistory h, String form, Map<String, String> fields,
            List<String> errors, String done) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        Stall s = h.stall();
        List<Fact> facts = new ArrayList<>(List.of(
                Fact.of("stall_no", v.t("col.stall_no"), s.no().value()),
                new Fact("floor", v.t("col.floor"), s.floor(), "/floors/" + s.floor() + "?stall=" + enc(s.no().value())),
                Fact.of("zone", v.t("col.zone"), s.zone()),
                Fact.of("business_type", v.t("col.business_type"), s.businessType().name()),
                Fact.of("status", v.t("col.status"), v.t("status." + s.status().name())),
                Fact.of("leasable_area", v.t("col.leasable_area"), f.area(s.leasableArea())),
                Fact.of("base_rent", v.t("col.base_rent"), f.money(s.baseRent()))));
        if (!h.formerNumbers().isEmpty()) {
            facts.add(Fact.of("former_numbers", v.t("stall.page.former"), String.join("、",
                    h.formerNumbers().stream().map(StallNo::value).toList())));
        }
        List<DetailView.Section> sections = new ArrayList<>();
        sections.add(family(v, f, "ancestors", v.t("stall.page.ancestors"), h.ancestors()));
        sections.add(family(v, f, "descendants", v.t("stall.page.descendants"), h.descendants()));
        List<Row> docs = new ArrayList<>();
        for (StallDocument d : h.documents()) {
            docs.add(new Row(List.of(Cell.of(d.documentNo()), Cell.of(v.t("stall.doc." + d.kind().name())),
                    Cell.of(numbers(d.from())), Cell.of(numbers(d.to())), Cell.of(d.request().requestedBy()),
                    Cell.of(f.instant(d.request().requestedAt())), Cell.of(d.request().approvedBy()),
                    Cell.of(f.instant(d.request().approvedAt())), Cell.of(f.date(d.effectiveOn())))));
        }
        sections.add(new DetailView.Section("documents", v.t("stall.page.documents"), new TableView(List.of(),
                List.of(new Column(v.t("stall.doc.no"), false), new Column(v.t("stall.doc.kind"), false),
                        new Column(v.t("stall.doc.from"), false), new Column(v.t("stall.doc.to"), false),
                        new Column(v.t("stall.doc.requested_by"), false), new Column(v.t("stall.doc.requested_at"), false),
                        new Column(v.t("stall.doc.approved_by"), false), new Column(v.t("stall.doc.approved_at"), false),
                        new Column(v.t("stall.doc.effective_on"), false)), docs, List.of(), null,
                v.t("stall.page.no_documents"))));
        boolean canReshape = v.may(Capability.STALL_RESHAPE) && s.isActive();
        x.page(status, "stall.jte", x.shell(v.t("stall.page.title", s.no().value()), "stalls", List.of(
                new Shell.Crumb(v.t("menu.stalls"), "/stalls"), new Shell.Crumb(s.no().value(), null))),
                new View(s.no().value(), canReshape, facts, sections, form, fields, errors, done,
                        LocalDate.now(MallTime.ZONE).toString()));
    }

    private static DetailView.Section family(Viewer v, Formats f, String code, String title,
            List<StallHistory.Relative> relatives) {
        List<Row> rows = new ArrayList<>();
        for (StallHistory.Relative r : relatives) {
            rows.add(new Row(List.of(Cell.link(r.stall().no().value(), "/stalls/" + r.stall().no().value()),
                    Cell.of(f.count(r.generation())), Cell.of(v.t("status." + r.stall().status().name())),
                    Cell.of(f.area(r.stall().leasableArea())), Cell.of(f.money(r.stall().baseRent())))));
        }
        return new DetailView.Section(code, title, new TableView(List.of(), List.of(
                new Column(v.t("col.stall_no"), false), new Column(v.t("stall.page.generation"), true),
                new Column(v.t("col.status"), false), new Column(v.t("col.leasable_area"), true),
                new Column(v.t("col.base_rent"), true)), rows, List.of(), null, v.t("stall.page.none")));
    }

    private static String numbers(List<StallNo> nos) {
        return String.join("、", nos.stream().map(StallNo::value).toList());
    }

    // ---- the documents ----

    private static Map<String, String> fields(WebExchange x, String... names) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String n : names) {
            m.put(n, x.form().get(n).orElse("").strip());
        }
        return m;
    }

    /** The trail: the signed-in person asks; the approver and the effective day as given (today when blank). */
    private Approval approval(WebExchange x, Map<String, String> in, List<String> errors) {
        Viewer v = x.viewer();
        LocalDate on = null;
        if (!in.get("effective_on").isEmpty()) {
            on = Dates.parseOrNull(in.get("effective_on"));
            if (on == null) {
                errors.add(v.t("lease.error.field", v.t("stall.doc.effective_on"), v.t("lease.error.date")));
            }
        }
        if (in.get("approved_by").isEmpty()) {
            errors.add(v.t("lease.error.field", v.t("stall.doc.approved_by"), v.t("stall.page.required")));
            return null;
        }
        try {
            return new Approval(x.principal().name(), in.get("approved_by"), Optional.ofNullable(on));
        } catch (IllegalArgumentException e) {
            errors.add(v.t("lease.error.field", v.t("stall.doc.approved_by"), v.t("stall.page.too_long")));
            return null;
        }
    }

    private void split(WebExchange x) {
        StallHistory h = history(x, x.pathParam("no"));
        Map<String, String> in = fields(x, "cut", "approved_by", "effective_on");
        List<String> errors = new ArrayList<>();
        SplitStallCommand.ByCut cut = null;
        try {
            cut = ReshapeInput.cut(in.get("cut"), "cut");
        } catch (ReshapeInput.Invalid e) {
            errors.add(x.viewer().t("lease.error.field", x.viewer().t("stall.page.cut"),
                    x.viewer().t("stall.page.cut_format")));
        }
        Approval approval = approval(x, in, errors);
        if (!errors.isEmpty()) {
            render(x, 422, h, "split", in, errors, null);
            return;
        }
        answer(x, h, "split", in, reshaping.split().split(new SplitStallCommand(h.stall().no(), cut, approval)));
    }

    private void merge(WebExchange x) {
        StallHistory h = history(x, x.pathParam("no"));
        Viewer v = x.viewer();
        Map<String, String> in = fields(x, "with", "as", "base_rent", "approved_by", "effective_on");
        List<String> errors = new ArrayList<>();
        List<StallNo> nos = new ArrayList<>(List.of(h.stall().no()));
        for (String part : in.get("with").split("[,，、\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                nos.add(StallNo.of(part.strip()));
            } catch (IllegalArgumentException e) {
                errors.add(v.t("lease.error.field", v.t("stall.page.merge_with"), v.t("stall.page.bad_number", part)));
            }
        }
        if (nos.size() < 2 && errors.isEmpty()) {
            errors.add(v.t("lease.error.field", v.t("stall.page.merge_with"), v.t("stall.page.required")));
        }
        StallNo as = null;
        try {
            as = StallNo.of(in.get("as"));
        } catch (IllegalArgumentException e) {
            errors.add(v.t("lease.error.field", v.t("stall.page.merge_as"), v.t("stall.page.bad_number", in.get("as"))));
        }
        Optional<Money> rent = Optional.empty();
        if (!in.get("base_rent").isEmpty()) {
            try {
                rent = Optional.of(Money.parse(in.get("base_rent")));
                if (rent.get().isNegative()) {
                    throw new IllegalArgumentException("negative");
                }
            } catch (IllegalArgumentException e) {
                errors.add(v.t("lease.error.field", v.t("col.base_rent"), v.t("lease.error.money")));
            }
        }
        Approval approval = approval(x, in, errors);
        if (!errors.isEmpty()) {
            render(x, 422, h, "merge", in, errors, null);
            return;
        }
        answer(x, h, "merge", in, reshaping.merge().merge(new MergeStallsCommand(nos, as, rent, approval)));
    }

    private void change(WebExchange x) {
        StallHistory h = history(x, x.pathParam("no"));
        Viewer v = x.viewer();
        Map<String, String> in = fields(x, "new_stall_no", "leasable_area_m2", "approved_by", "effective_on");
        List<String> errors = new ArrayList<>();
        Optional<StallNo> newNo = Optional.empty();
        Optional<Area> area = Optional.empty();
        if (!in.get("new_stall_no").isEmpty()) {
            try {
                newNo = Optional.of(StallNo.of(in.get("new_stall_no")));
            } catch (IllegalArgumentException e) {
                errors.add(v.t("lease.error.field", v.t("stall.page.new_no"), v.t("stall.page.bad_number",
                        in.get("new_stall_no"))));
            }
        }
        if (!in.get("leasable_area_m2").isEmpty()) {
            try {
                area = Optional.of(ReshapeInput.positiveArea(in.get("leasable_area_m2")));
            } catch (IllegalArgumentException e) {
                errors.add(v.t("lease.error.field", v.t("stall.page.new_area"), v.t("stall.page.area_format")));
            }
        }
        if (errors.isEmpty() && newNo.isEmpty() && area.isEmpty()) {
            errors.add(v.t("stall.page.change_nothing"));
        }
        Approval approval = approval(x, in, errors);
        if (!errors.isEmpty()) {
            render(x, 422, h, "change", in, errors, null);
            return;
        }
        answer(x, h, "change", in, reshaping.change().change(new ChangeStallCommand(h.stall().no(), newNo, area,
                approval)));
    }

    private void answer(WebExchange x, StallHistory h, String form, Map<String, String> in, ReshapeResult result) {
        Viewer v = x.viewer();
        switch (result) {
            case ReshapeResult.Filed f -> {
                audit.record(x.principal(), AuditEntry.Via.WEB, "stall." + form, f.document().documentNo(),
                        v.t("audit.stall.reshape", v.t("stall.doc." + f.document().kind().name()),
                                numbers(f.document().from()), numbers(f.document().to())));
                StallNo landing = f.result().isEmpty() ? h.stall().no() : f.result().get(0).no();
                x.redirect("/stalls/" + landing.value() + "?document=" + enc(f.document().documentNo().toString()));
            }
            case ReshapeResult.Refused r -> render(x, 409, h, form, in, List.of(v.t("stall.refusal."
                    + r.refusal().reason().name(), numbers(r.refusal().stalls()))), null);
            case ReshapeResult.NotFound n -> render(x, 404, h, form, in, List.of(v.t("stall.page.not_found",
                    n.stall().value())), null);
        }
    }
}
