package org.mallcrm.application.merchant.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.merchant.port.in.MerchantPipelineUseCases;
import org.mallcrm.application.merchant.port.out.MerchantFollowUps;
import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.application.merchant.port.out.OperationsLog;
import org.mallcrm.domain.merchant.AdvanceOutcome;
import org.mallcrm.domain.merchant.Contact;
import org.mallcrm.domain.merchant.FollowUp;
import org.mallcrm.domain.merchant.FollowUpDue;
import org.mallcrm.domain.merchant.FollowUps;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.PipelineReports;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.merchant.StaffId;
import org.mallcrm.domain.request.OperationsLogEntry;

/** The pipeline use cases over the merchant register, the follow-up notes and the operations log. */
public final class MerchantPipelineService implements MerchantPipelineUseCases {

    private static final int PAGE = 1000;

    private final Merchants merchants;
    private final MerchantFollowUps followUps;
    private final OperationsLog log;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public MerchantPipelineService(Merchants merchants, MerchantFollowUps followUps, OperationsLog log,
            UnitOfWork unitOfWork, Clock clock) {
        this.merchants = merchants;
        this.followUps = followUps;
        this.log = log;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Outcome<AdvanceOutcome.Advanced> advance(MerchantNo no, String toStage, LocalDate on) {
        Stage target;
        try {
            target = Stage.parse(toStage);
        } catch (IllegalArgumentException e) {
            return Outcome.invalid("to", toStage, e.getMessage());
        }
        LocalDate day = on == null ? clock.today() : on;
        return unitOfWork.inTransaction(() -> {
            Optional<Merchant> m = merchants.find(no);
            if (m.isEmpty()) {
                return Outcome.<AdvanceOutcome.Advanced>notFound("merchant " + no);
            }
            return switch (m.get().advance(target, day)) {
                case AdvanceOutcome.Advanced a -> {
                    merchants.update(List.of(a.merchant()));
                    yield Outcome.done(a);
                }
                case AdvanceOutcome.Refused r -> Outcome.refused(r.detail());
            };
        }, o -> !o.isDone());
    }

    @Override
    public Outcome<FollowUp> followUp(MerchantNo no, String note, LocalDate on, LocalDate nextVisit, String agent) {
        LocalDate day = on == null ? clock.today() : on;
        FollowUp f;
        try {
            f = new FollowUp(no, note, day, nextVisit, MerchantPipelineUseCases.staffOrDefault(agent));
        } catch (IllegalArgumentException e) {
            String msg = e.getMessage();
            String field = msg.startsWith("next visit") ? "next" : msg.startsWith("staff") ? "agent" : "note";
            return Outcome.invalid(field, field.equals("next") ? String.valueOf(nextVisit)
                    : field.equals("agent") ? agent : note, msg);
        }
        return unitOfWork.inTransaction(() -> {
            if (merchants.find(no).isEmpty()) {
                return Outcome.<FollowUp>notFound("merchant " + no);
            }
            followUps.add(f);
            return Outcome.done(f);
        }, o -> !o.isDone());
    }

    @Override
    public List<FollowUp> followUps(MerchantNo merchant) {
        return followUps.of(merchant);
    }

    @Override
    public List<FollowUpDue> due(String agent, LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        List<FollowUp> all = followUps.all();
        Set<StaffId> agents = new LinkedHashSet<>();
        if (agent != null && !agent.isBlank()) {
            agents.add(StaffId.of(agent));
        } else {
            all.forEach(f -> agents.add(f.agent()));
        }
        List<FollowUpDue> due = new ArrayList<>();
        for (StaffId a : agents) {
            due.addAll(FollowUps.dueFor(a, day, all));
        }
        due.sort(Comparator.comparing(FollowUpDue::nextVisitOn).thenComparing(FollowUpDue::merchant));
        return due;
    }

    @Override
    public Outcome<Merchant> addContact(MerchantNo no, Contact contact) {
        return unitOfWork.inTransaction(() -> {
            Optional<Merchant> m = merchants.find(no);
            if (m.isEmpty()) {
                return Outcome.<Merchant>notFound("merchant " + no);
            }
            List<Contact> contacts = new ArrayList<>(m.get().contacts());
            if (contacts.contains(contact)) {
                return Outcome.done(m.get());
            }
            contacts.add(contact);
            Merchant changed = m.get().withContacts(contacts);
            merchants.update(List.of(changed));
            return Outcome.done(changed);
        }, o -> !o.isDone());
    }

    @Override
    public Outcome<OperationsLogEntry> log(MerchantNo no, String by, String note) {
        OperationsLogEntry entry;
        try {
            entry = new OperationsLogEntry(MerchantPipelineUseCases.staffOrDefault(by), no, note, clock.now());
        } catch (IllegalArgumentException e) {
            return Outcome.invalid(e.getMessage().startsWith("staff") ? "by" : "note", note, e.getMessage());
        }
        return unitOfWork.inTransaction(() -> {
            if (merchants.find(no).isEmpty()) {
                return Outcome.<OperationsLogEntry>notFound("merchant " + no);
            }
            log.add(entry);
            return Outcome.done(entry);
        }, o -> !o.isDone());
    }

    @Override
    public List<OperationsLogEntry> logOf(MerchantNo merchant) {
        return log.of(merchant);
    }

    @Override
    public List<PipelineReports.FunnelRow> funnel() {
        return PipelineReports.funnel(everyMerchant());
    }

    @Override
    public List<PipelineReports.FunnelRow> funnel(LocalDate asOf) {
        return PipelineReports.funnel(everyMerchantAsOf(asOf));
    }

    @Override
    public List<PipelineReports.LeadSourceConversion> conversion() {
        return PipelineReports.conversionByLeadSource(everyMerchant());
    }

    @Override
    public List<PipelineReports.LeadSourceConversion> conversion(LocalDate asOf) {
        return PipelineReports.conversionByLeadSource(everyMerchantAsOf(asOf));
    }

    /** Every merchant as recorded at the end of the day (today when null); those not yet recorded left out. */
    private List<Merchant> everyMerchantAsOf(LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        return everyMerchant().stream().map(m -> m.asOf(day)).flatMap(java.util.Optional::stream).toList();
    }

    @Override
    public List<PipelineReports.CurrentDwell> dwell(LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        List<Merchant> entered = everyMerchant().stream()
                .filter(m -> !m.currentStage().enteredOn().isAfter(day)).toList();
        return PipelineReports.currentDwell(entered, day);
    }

    @Override
    public LocalDate today() {
        return clock.today();
    }

    private List<Merchant> everyMerchant() {
        List<Merchant> all = new ArrayList<>();
        MerchantNo after = null;
        while (true) {
            List<Merchant> page = merchants.list(after, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
            after = page.get(page.size() - 1).no();
        }
    }
}
