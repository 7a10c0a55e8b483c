package org.mallcrm.adapters.http.web.console;

import static org.mallcrm.adapters.http.web.kit.Links.enc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.adapters.http.web.console.TableView.Cell;
import org.mallcrm.adapters.http.web.console.TableView.Column;
import org.mallcrm.adapters.http.web.console.TableView.Row;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.application.credit.port.in.CreditUseCases;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.application.merchantfile.port.in.MerchantFileQuery.MerchantFile;
import org.mallcrm.domain.credit.BehaviourRecord;
import org.mallcrm.domain.credit.CreditEvent;
import org.mallcrm.domain.credit.ScorePoint;
import org.mallcrm.domain.deposit.EarnestMoney;
import org.mallcrm.domain.lease.LeaseTerms;
import org.mallcrm.domain.merchant.Contact;
import org.mallcrm.domain.merchant.FollowUp;
import org.mallcrm.domain.merchant.FollowUpDue;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.merchant.StageHistoryEntry;
import org.mallcrm.domain.placement.Placement;
import org.mallcrm.domain.receipt.InstallmentView;
import org.mallcrm.domain.request.Feedback;
import org.mallcrm.domain.request.OperationsLogEntry;
import org.mallcrm.domain.request.OvertimeRequest;
import org.mallcrm.domain.request.RepairRequest;
import org.mallcrm.domain.stall.StallNo;

/**
 * The 360° merchant file (360°商户档案) as the console shows it: the merchant's facts, its way through the pipeline
 * (each stage with the days spent in it), its credit score over time as a chart, and one table per part of the file
 * — stage history, contacts, follow-ups, placements, leases, bills, earnest money, credit records and changes,
 * requests, operations log — each a {@link Section} of the same cells as the console's lists.
 */
public record MerchantFileView(String no, String name, String stageCode, String asOf, List<Fact> facts,
        List<Step> steps, String creditChart, List<Section> sections) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public MerchantFileView {
        facts = List.copyOf(facts);
        steps = List.copyOf(steps);
        sections = List.copyOf(sections);
    }

    /** The parts of the file that have rows, in order. */
    public List<Section> filled() {
        return sections.stream().filter(s -> !s.rows().isEmpty()).toList();
    }

    /** The parts with nothing in them yet, named in one line under the others. */
    public List<Section> empty() {
        return sections.stream().filter(s -> s.rows().isEmpty()).toList();
    }

    /** One labelled fact of the header; {@code code} names it for tests and styles. */
    public record Fact(String code, String label, String value) {
    }

    /**
     * A stage of the pipeline in the progress bar: {@code state} is {@code done} (passed), {@code current} or
     * {@code todo}; {@code dwell} the days spent in it over every stay (empty when never entered).
     */
    public record Step(String code, String label, String state, String entered, String dwell) {
    }

    /** One part of the file: a table of the console's cells, or {@code empty} when it has no rows. */
    public record Section(String code, String title, List<Column> columns, List<Row> rows, String empty) {
        public Section {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }


    private static Column col(Viewer v, String key) {
        return new Column(v.t(key), false);
    }

    private static Column num(Viewer v, String key) {
        return new Column(v.t(key), true);
    }

    /**
     * @param bills every bill of the merchant's leases as of {@code today}
     * @param due   the visit the merchant is owed, if one has come
     * @param scores the credit score over time (empty before the first record)
     */
    public static MerchantFileView of(Viewer v, MerchantFile file, List<LeaseQueries.Bill> bills,
            Optional<FollowUpDue> due, List<ScorePoint> scores, LocalDate today) {
        Formats f = v.formats();
        Merchant m = file.merchant();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("stage", v.t("col.stage"), v.t("stage." + m.stage().name())));
        facts.add(new Fact("dwell", v.t("mfile.dwell_now"), dwell(m.currentStage(), today, f)));
        m.grade().ifPresent(g -> facts.add(new Fact("grade", v.t("mfile.grade"), g.name())));
        m.businessType().ifPresent(b -> facts.add(new Fact("business_type", v.t("col.business_type"), b.name())));
        m.province().ifPresent(p -> facts.add(new Fact("province", v.t("mfile.province"), p)));
        m.leadSource().ifPresent(s -> facts.add(new Fact("lead_source", v.t("mfile.lead_source"), s.name())));
        CreditUseCases.CreditView credit = file.credit();
        if (credit != null) {
            facts.add(new Fact("credit", v.t("mfile.credit_score"), credit.standing().score() + " · "
                    + v.t("mfile.credit_grade", credit.standing().grade().name())));
            credit.standing().blacklistedUntil().ifPresent(d -> facts.add(new Fact("blacklisted",
                    v.t("mfile.blacklisted_until"), f.date(d))));
        }
        due.ifPresent(d -> facts.add(new Fact(d.daysOverdue() > 0 ? "follow-up-overdue" : "follow-up-due",
                v.t("mfile.next_visit"), d.daysOverdue() > 0 ? v.t("mfile.visit_overdue", f.date(d.nextVisitOn()),
                        f.count(d.daysOverdue())) : v.t("board.due_today"))));

        List<Section> sections = new ArrayList<>();
        sections.add(history(v, m, today));
        sections.add(contacts(v, m));
        sections.add(followUps(v, file.followUps(), due));
        sections.add(placements(v, file.placements()));
        sections.add(leases(v, file.leases(), today));
        sections.add(bills(v, bills));
        sections.add(earnest(v, file.earnestMoney()));
        if (credit != null) {
            sections.add(creditRecords(v, credit));
            sections.add(creditEvents(v, credit));
        }
        sections.add(requests(v, file));
        sections.add(log(v, file.operationsLog()));
        return new MerchantFileView(m.no().value(), m.name(), m.stage().name(), f.date(file.asOf()), facts,
                steps(v, m, today), scores.isEmpty() ? null : scoreChart(v, scores), sections);
    }

    /** Days in the current stage; a dash when it starts after today (a lease signed to start later). */
    private static String dwell(StageHistoryEntry e, LocalDate today, Formats f) {
        LocalDate end = e.left().orElse(today);
        return end.isBefore(e.enteredOn()) ? "—" : f.count(e.dwellDays(end));
    }

    private static List<Step> steps(Viewer v, Merchant m, LocalDate today) {
        Map<Stage, Long> days = new EnumMap<>(Stage.class);
        Map<Stage, LocalDate> firstEntered = new EnumMap<>(Stage.class);
        for (StageHistoryEntry e : m.stageHistory()) {
            LocalDate end = e.left().orElse(today);
            long d = end.isBefore(e.enteredOn()) ? 0 : e.dwellDays(end);
            days.merge(e.stage(), d, Long::sum);
            firstEntered.putIfAbsent(e.stage(), e.enteredOn());
        }
        List<Step> steps = new ArrayList<>();
        for (Stage s : Stage.values()) {
            String state = s == m.stage() ? "current" : firstEntered.containsKey(s) ? "done" : "todo";
            steps.add(new Step(s.name(), v.t("stage." + s.name()), state,
                    firstEntered.containsKey(s) ? v.formats().date(firstEntered.get(s)) : "",
                    days.containsKey(s) ? v.t("mfile.days", v.formats().count(days.get(s))) : ""));
        }
        return steps;
    }

    private static Section history(Viewer v, Merchant m, LocalDate today) {
        Formats f = v.formats();
        List<Row> rows = new ArrayList<>();
        for (StageHistoryEntry e : m.stageHistory()) {
            LocalDate end = e.left().orElse(today);
            rows.add(new Row(List.of(Cell.of(v.t("stage." + e.stage().name())).figured("stage-" + e.stage().name()),
                    Cell.date(e.enteredOn(), f), e.isCurrent() ? Cell.of(v.t("mfile.current")) : Cell.date(e.leftOn(), f),
                    end.isBefore(e.enteredOn()) ? Cell.of("—") : Cell.count(e.dwellDays(end), f))));
        }
        return new Section("stages", v.t("mfile.stages"), List.of(col(v, "col.stage"), col(v, "col.entered_on"),
                col(v, "mfile.left_on"), num(v, "col.dwell_days")), rows, v.t("list.empty"));
    }

    private static Section contacts(Viewer v, Merchant m) {
        List<Row> rows = new ArrayList<>();
        for (Contact c : m.contacts()) {
            rows.add(new Row(List.of(Cell.of(c.name()), Cell.of(c.phoneNumber().orElse("")),
                    Cell.of(c.roleName().orElse("")))));
        }
        return new Section("contacts", v.t("mfile.contacts"), List.of(col(v, "mfile.contact_name"),
                col(v, "mfile.phone"), col(v, "mfile.contact_role")), rows, v.t("mfile.none"));
    }

    private static Section followUps(Viewer v, List<FollowUp> followUps, Optional<FollowUpDue> due) {
        Formats f = v.formats();
        List<FollowUp> sorted = new ArrayList<>(followUps);
        sorted.sort(Comparator.comparing(FollowUp::on).reversed());
        List<Row> rows = new ArrayList<>();
        for (FollowUp u : sorted) {
            boolean overdue = due.map(d -> d.daysOverdue() > 0 && d.latest().equals(u)).orElse(false);
            Cell next = Cell.date(u.nextVisitOn(), f);
            rows.add(new Row(List.of(Cell.date(u.on(), f), Cell.of(u.agent().value()), Cell.of(u.note()),
                    overdue ? new Cell(v.t("mfile.overdue_visit", next.text()), null, "overdue", next.value())
                            : next)));
        }
        return new Section("follow-ups", v.t("mfile.follow_ups"), List.of(col(v, "mfile.on"),
                col(v, "mfile.agent"), col(v, "mfile.note"), col(v, "mfile.next_visit")), rows, v.t("mfile.none"));
    }

    private static Section placements(Viewer v, List<Placement> placements) {
        Formats f = v.formats();
        List<Row> rows = new ArrayList<>();
        for (Placement p : placements) {
            rows.add(new Row(List.of(Cell.of(p.placementNo()), Cell.of(stalls(p.stallNos())),
                    Cell.area(p.leasableAreaM2(), f), Cell.money(p.agreedRentPerM2Month(), f), Cell.of(p.grade().name()),
                    Cell.of(v.t("mfile.placement." + p.status().name())).figured("placement-" + p.status().name()))));
        }
        return new Section("placements", v.t("mfile.placements"), List.of(col(v, "mfile.placement_no"),
                col(v, "col.stalls"), num(v, "col.leasable_area"), num(v, "mfile.rent_per_m2"),
                col(v, "mfile.grade"), col(v, "col.status")), rows, v.t("mfile.none"));
    }

    private static String stalls(List<StallNo> nos) {
        return String.join(", ", nos.stream().map(StallNo::value).toList());
    }

    private static Section leases(Viewer v, List<LeaseRecord> leases, LocalDate today) {
        Formats f = v.formats();
        List<Row> rows = new ArrayList<>();
        for (LeaseRecord r : leases) {
            LeaseTerms t = r.account().lease().terms();
            String state = LeaseView.state(v, r, today);
            rows.add(new Row(List.of(Cell.link(t.leaseNo().value(), "/leases/" + enc(t.leaseNo().value())),
                    Cell.of(stalls(t.stallNos())), Cell.date(t.start(), f), Cell.date(r.occupiedThrough(), f),
                    Cell.money(t.monthlyRent(), f), Cell.of(state))));
        }
        return new Section("leases", v.t("list.leases.title"), List.of(col(v, "col.lease_no"), col(v, "col.stalls"),
                col(v, "col.start"), col(v, "col.end"), num(v, "col.monthly_rent"), col(v, "col.status")), rows,
                v.t("mfile.none"));
    }

    private static Section bills(Viewer v, List<LeaseQueries.Bill> bills) {
        Formats f = v.formats();
        List<Row> rows = new ArrayList<>();
        for (LeaseQueries.Bill b : bills) {
            InstallmentView i = b.installment();
            rows.add(new Row(List.of(Cell.link(b.leaseNo().value(), "/leases/" + enc(b.leaseNo().value())),
                    new Cell(String.valueOf(i.seq()), null, null, new TableView.Value.Count(i.seq())),
                    Cell.date(i.dueOn(), f), Cell.money(i.amount(), f), Cell.money(i.paid(), f),
                    Cell.money(i.outstanding(), f), Cell.money(i.lateFee(), f),
                    Cell.of(v.t("installment." + i.status().name())).figured("installment-" + i.status().name()))));
        }
        return new Section("bills", v.t("mfile.bills"), List.of(col(v, "col.lease_no"), num(v, "col.seq"),
                col(v, "col.due_on"), num(v, "col.amount"), num(v, "col.paid"), num(v, "col.outstanding"),
                num(v, "col.late_fee"), col(v, "col.status")), rows, v.t("mfile.none"));
    }

    private static Section earnest(Viewer v, List<EarnestMoney> deposits) {
        Formats f = v.formats();
        List<Row> rows = new ArrayList<>();
        for (EarnestMoney e : deposits) {
            rows.add(new Row(List.of(Cell.of(e.depositNo()), Cell.of(v.t("earnest." + e.kind().name())),
                    Cell.of(stalls(e.stallNos())), Cell.money(e.received(), f), Cell.date(e.heldOn(), f),
                    Cell.date(e.lockedThrough(), f), Cell.money(e.held(), f),
                    Cell.of(v.t("mfile.earnest." + e.status().name())).figured("earnest-" + e.status().name()))));
        }
        return new Section("earnest-money", v.t("mfile.earnest_money"), List.of(col(v, "mfile.deposit_no"),
                col(v, "mfile.kind"), col(v, "col.stalls"), num(v, "col.received"), col(v, "mfile.held_on"),
                col(v, "mfile.locked_through"), num(v, "mfile.held"), col(v, "col.status")), rows, v.t("mfile.none"));
    }

    private static Section creditRecords(Viewer v, CreditUseCases.CreditView c) {
        Formats f = v.formats();
        List<BehaviourRecord> records = new ArrayList<>(c.records());
        records.sort(Comparator.comparing(BehaviourRecord::on).reversed());
        List<Row> rows = new ArrayList<>();
        for (BehaviourRecord r : records) {
            rows.add(new Row(List.of(Cell.date(r.on(), f), Cell.of(r.type().name()),
                    new Cell(String.valueOf(r.type().points()), null, null, new TableView.Value.Count(r.type().points())),
                    Cell.of(v.t("mfile.severity." + r.type().severity().name())),
                    Cell.of(r.stallNo().map(StallNo::value).orElse("")), Cell.of(r.noteText().orElse("")),
                    Cell.of(v.t("mfile.appeal." + r.appeal().name())),
                    Cell.of(v.t(c.counts(r) ? "mfile.counts" : "mfile.not_counted"))
                            .figured(c.counts(r) ? "counts" : "not-counted"))));
        }
        return new Section("credit-records", v.t("mfile.credit_records"), List.of(col(v, "mfile.on"),
                col(v, "mfile.behaviour"), num(v, "mfile.points"), col(v, "mfile.severity"), col(v, "col.stall_no"),
                col(v, "mfile.note"), col(v, "mfile.appeal"), col(v, "mfile.counted")), rows, v.t("mfile.none"));
    }

    private static Section creditEvents(Viewer v, CreditUseCases.CreditView c) {
        Formats f = v.formats();
        List<Row> rows = new ArrayList<>();
        for (CreditEvent e : c.events()) {
            rows.add(new Row(List.of(Cell.date(e.effectiveOn(), f),
                    Cell.of(v.t("mfile.cause." + e.cause().name())).figured("cause-" + e.cause().name()),
                    new Cell(String.valueOf(e.scoreBefore()), null, null, new TableView.Value.Count(e.scoreBefore())),
                    new Cell(String.valueOf(e.scoreAfter()), null, "score-after", new TableView.Value.Count(
                            e.scoreAfter())),
                    Cell.of(e.gradeBefore().name() + " → " + e.gradeAfter().name()), Cell.instant(e.at(), f))));
        }
        return new Section("credit-events", v.t("mfile.credit_events"), List.of(col(v, "mfile.effective_on"),
                col(v, "mfile.cause"), num(v, "mfile.score_before"), num(v, "mfile.score_after"),
                col(v, "mfile.credit_grade_change"), col(v, "col.at")), rows, v.t("mfile.none"));
    }

    /** The score over time as a step line: each point the standing on the day it moved, through today. */
    private static String scoreChart(Viewer v, List<ScorePoint> scores) {
        List<List<Object>> points = new ArrayList<>();
        for (ScorePoint p : scores) {
            points.add(List.of(p.on().toString(), p.score()));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("grid", Map.of("left", 12, "right", 24, "top", 24, "bottom", 8, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("xAxis", Map.of("type", "time", "minInterval", 86_400_000L,
                "axisLabel", Map.of("formatter", "{yyyy}-{MM}-{dd}", "hideOverlap", true)));
        option.put("yAxis", Map.of("type", "value", "scale", true));
        option.put("series", List.of(Map.of("type", "line", "name", v.t("mfile.credit_score"), "step", "end",
                "data", points, "itemStyle", Map.of("color", Charts.BLUE), "symbolSize", 6)));
        try {
            return JSON.writeValueAsString(Map.of("option", option, "links", List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chart option is plain data", e);
        }
    }

    private static Section requests(Viewer v, MerchantFile file) {
        Formats f = v.formats();
        record Line(java.time.Instant at, Row row) {
        }
        List<Line> lines = new ArrayList<>();
        for (OvertimeRequest r : file.overtimeRequests()) {
            lines.add(new Line(r.trail().get(0).when(), new Row(List.of(Cell.of(r.no().value()),
                    Cell.of(v.t("mfile.request.OVERTIME")).figured("request-OVERTIME"), Cell.of(r.stall().value()),
                    Cell.of(f.date(r.date()) + " " + r.from() + "–" + r.to() + " " + r.reason()),
                    Cell.of(v.t("mfile.overtime." + r.status().name())), Cell.instant(r.trail().get(0).when(), f)))));
        }
        for (RepairRequest r : file.repairRequests()) {
            lines.add(new Line(r.trail().get(0).when(), new Row(List.of(
                    Cell.link(r.no().value(), "/requests/" + enc(r.no().value())),
                    Cell.of(v.t("mfile.request.REPAIR")).figured("request-REPAIR"), Cell.of(r.stall().value()),
                    Cell.of(r.category() + "：" + r.description()),
                    Cell.of(v.t("repair.status." + r.status().name())), Cell.instant(r.trail().get(0).when(), f)))));
        }
        for (Feedback r : file.feedback()) {
            lines.add(new Line(r.trail().get(0).when(), new Row(List.of(Cell.of(r.no().value()),
                    Cell.of(v.t("mfile.request.FEEDBACK")).figured("request-FEEDBACK"),
                    Cell.of(r.stallNo().map(StallNo::value).orElse("")), Cell.of(r.category() + "：" + r.text()),
                    Cell.of(v.t("mfile.feedback." + r.status().name())), Cell.instant(r.trail().get(0).when(), f)))));
        }
        lines.sort(Comparator.comparing(Line::at).reversed());
        return new Section("requests", v.t("mfile.requests"), List.of(col(v, "col.request_no"), col(v, "mfile.kind"),
                col(v, "col.stall_no"), col(v, "mfile.what"), col(v, "col.status"), col(v, "mfile.submitted_at")),
                lines.stream().map(Line::row).toList(), v.t("mfile.none"));
    }

    private static Section log(Viewer v, List<OperationsLogEntry> entries) {
        Formats f = v.formats();
        List<OperationsLogEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(OperationsLogEntry::at).reversed());
        List<Row> rows = new ArrayList<>();
        for (OperationsLogEntry e : sorted) {
            rows.add(new Row(List.of(Cell.instant(e.at(), f), Cell.of(e.staff().value()), Cell.of(e.note()))));
        }
        return new Section("operations-log", v.t("mfile.operations_log"), List.of(col(v, "col.at"),
                col(v, "mfile.staff"), col(v, "mfile.note")), rows, v.t("mfile.none"));
    }
}
