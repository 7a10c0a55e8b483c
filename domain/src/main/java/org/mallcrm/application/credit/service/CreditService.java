package org.mallcrm.application.credit.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.credit.port.in.CreditUseCases;
import org.mallcrm.application.credit.port.out.Credits;
import org.mallcrm.application.credit.port.out.OverdueInstallments;
import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.domain.credit.AppealOutcome;
import org.mallcrm.domain.credit.BehaviourCatalogue;
import org.mallcrm.domain.credit.BehaviourRecord;
import org.mallcrm.domain.credit.BehaviourRecordId;
import org.mallcrm.domain.credit.BehaviourType;
import org.mallcrm.domain.credit.CreditEvent;
import org.mallcrm.domain.credit.CreditPolicy;
import org.mallcrm.application.settings.port.out.CurrentSettings;
import org.mallcrm.domain.credit.CreditStanding;
import org.mallcrm.domain.credit.MerchantCredit;
import org.mallcrm.domain.credit.NewBehaviour;
import org.mallcrm.domain.credit.OverdueInstallment;
import org.mallcrm.domain.credit.OverdueRule;
import org.mallcrm.domain.credit.ScorePoint;
import org.mallcrm.domain.credit.RecordOutcome;
import org.mallcrm.domain.credit.Severity;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.StageHistoryEntry;
import org.mallcrm.domain.stall.StallNo;

/**
 * Credit use cases over the {@link Credits} store. A merchant's file is opened on its first record, assessed
 * since the day it first signed (or, for one not yet signed, the record's day). The policy is the mall's settings of
 * the moment (period, grades, blacklist duration) with the mall's stored overdue rule.
 */
public final class CreditService implements CreditUseCases {

    private final Credits credits;
    private final Merchants merchants;
    private final OverdueInstallments overdue;
    private final CurrentSettings settings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public CreditService(Credits credits, Merchants merchants, OverdueInstallments overdue, CurrentSettings settings,
            UnitOfWork unitOfWork, Clock clock) {
        this.credits = credits;
        this.merchants = merchants;
        this.overdue = overdue;
        this.settings = settings;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** The policy in force: the mall's credit settings as stored now, with its overdue rule. */
    public CreditPolicy policy() {
        return settings.current().creditPolicy().withOverdue(credits.overdueRule());
    }

    @Override
    public Outcome<BehaviourCatalogue> setTypes(List<TypeSpec> types) {
        if (types == null) {
            return Outcome.invalid("types", "", "send a list of behaviour types");
        }
        if (types.isEmpty()) {
            // the whole list is at fault (a body's "body"); records are made against the catalogue's types
            return Outcome.invalid("", "", "name at least one behaviour type: the catalogue cannot be emptied");
        }
        List<RowError> errors = new ArrayList<>();
        List<BehaviourType> parsed = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            TypeSpec t = types.get(i);
            String at = "[" + i + "].";
            if (t == null) {
                errors.add(new RowError(0, "[" + i + "]", "", "is empty"));
                continue;
            }
            int before = errors.size();
            Severity severity = Severity.NORMAL;
            if (t.severity() != null && !t.severity().isBlank()) {
                try {
                    severity = Severity.valueOf(t.severity().strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(0, at + "severity", t.severity(), "must be NORMAL or SEVERE"));
                }
            }
            if (t.points() == null) {
                errors.add(new RowError(0, at + "points", "", "is missing"));
            }
            if (errors.size() > before) {
                continue;
            }
            try {
                parsed.add(new BehaviourType(t.code(), t.name(), t.points(), severity,
                        Boolean.TRUE.equals(t.evidenceRequired())));
            } catch (IllegalArgumentException e) {
                String field = e.getMessage().startsWith("behaviour type code") ? "code"
                        : e.getMessage().startsWith("behaviour type name") ? "name" : "points";
                errors.add(new RowError(0, at + field, String.valueOf(field.equals("code") ? t.code()
                        : field.equals("name") ? t.name() : t.points()), e.getMessage()));
            }
        }
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            String code = parsed.get(i).code();
            if (seen.contains(code)) {
                errors.add(new RowError(0, "code", code, "appears twice"));
            }
            seen.add(code);
        }
        if (!errors.isEmpty()) {
            return new Outcome.Invalid<>(errors);
        }
        BehaviourCatalogue catalogue = new BehaviourCatalogue(parsed);
        OverdueRule rule = credits.overdueRule();
        if (rule.enabled() && catalogue.find(rule.behaviourCode()).isEmpty()) {
            return Outcome.refused("the overdue rule records " + rule.behaviourCode()
                    + "; keep that type in the catalogue or turn the rule off first");
        }
        unitOfWork.run(() -> credits.replaceCatalogue(catalogue));
        return Outcome.done(catalogue);
    }

    @Override
    public BehaviourCatalogue types() {
        return credits.catalogue();
    }

    @Override
    public Outcome<Recorded> record(RecordCommand c) {
        List<RowError> errors = new ArrayList<>();
        MerchantNo no = parse(errors, "merchant", c.merchantNo(), MerchantNo::of);
        StallNo stall = c.stall() == null || c.stall().isBlank() ? null : parse(errors, "stall", c.stall(), StallNo::of);
        if (c.typeCode() == null || c.typeCode().isBlank()) {
            errors.add(new RowError(0, "type", "", "is missing"));
        }
        if (!errors.isEmpty()) {
            return new Outcome.Invalid<>(errors);
        }
        LocalDate today = clock.today();
        LocalDate on = c.on() == null ? today : c.on();
        return unitOfWork.inTransaction(() -> {
            Optional<Merchant> merchant = merchants.find(no);
            if (merchant.isEmpty()) {
                return Outcome.<Recorded>notFound("merchant " + no);
            }
            Optional<BehaviourType> type = credits.catalogue().find(c.typeCode().strip());
            if (type.isEmpty()) {
                return Outcome.<Recorded>invalid("type", c.typeCode(), "no such behaviour type in the catalogue"
                        + " (see 'credit types')");
            }
            NewBehaviour b = new NewBehaviour(credits.nextRecordId(), type.get(), stall, on, c.note(), c.evidence(),
                    null);
            return store(merchant.get(), b, today);
        }, o -> !o.isDone());
    }

    private Outcome<Recorded> store(Merchant merchant, NewBehaviour b, LocalDate today) {
        MerchantCredit file = credits.find(merchant.no()).orElse(null);
        if (file == null) {
            LocalDate since = merchant.stageHistory().stream().filter(e -> e.stage().hasSigned())
                    .map(StageHistoryEntry::enteredOn).findFirst().orElse(b.on());
            if (since.isAfter(b.on())) {
                since = b.on();
            }
            credits.open(merchant.no(), since);
            file = MerchantCredit.open(merchant.no(), since);
        }
        return switch (file.record(b, policy(), today, clock.now())) {
            case RecordOutcome.Recorded r -> {
                credits.insertRecord(r.record());
                credits.append(r.event());
                yield Outcome.done(new Recorded(r.record(), r.event(), r.credit().standing(policy(), today)));
            }
            case RecordOutcome.Duplicate d -> Outcome.refused("the same behaviour is already recorded as "
                    + d.existing().id() + " (" + d.existing().type().code() + " on " + d.existing().on()
                    + d.existing().stallNo().map(s -> " at " + s).orElse("") + "); it counts once");
            case RecordOutcome.Refused r -> r.reason() == RecordOutcome.Reason.EVIDENCE_REQUIRED
                    ? Outcome.invalid("evidence", "", r.detail())
                    : r.reason() == RecordOutcome.Reason.DAY_IN_FUTURE ? Outcome.invalid("on", b.on().toString(),
                            r.detail())
                    : Outcome.refused(r.detail());
        };
    }

    @Override
    public Outcome<Recorded> appeal(BehaviourRecordId id, MerchantNo asMerchant) {
        return unitOfWork.inTransaction(() -> {
            Optional<MerchantNo> owner = credits.merchantOf(id);
            if (owner.isEmpty() || (asMerchant != null && !owner.get().equals(asMerchant))) {
                return Outcome.<Recorded>notFound("credit record " + id);
            }
            MerchantCredit file = credits.find(owner.get()).orElseThrow();
            LocalDate today = clock.today();
            return applied(file.appeal(id, policy(), today, clock.now()), today);
        }, o -> !o.isDone());
    }

    @Override
    public Outcome<Recorded> uphold(BehaviourRecordId id) {
        return decide(id, true);
    }

    @Override
    public Outcome<Recorded> withdraw(BehaviourRecordId id) {
        return decide(id, false);
    }

    private Outcome<Recorded> decide(BehaviourRecordId id, boolean uphold) {
        return unitOfWork.inTransaction(() -> {
            Optional<MerchantNo> owner = credits.merchantOf(id);
            if (owner.isEmpty()) {
                return Outcome.<Recorded>notFound("credit record " + id);
            }
            MerchantCredit file = credits.find(owner.get()).orElseThrow();
            LocalDate today = clock.today();
            return applied(uphold ? file.uphold(id, policy(), today, clock.now())
                    : file.withdraw(id, policy(), today, clock.now()), today);
        }, o -> !o.isDone());
    }

    private Outcome<Recorded> applied(AppealOutcome o, LocalDate today) {
        return switch (o) {
            case AppealOutcome.Changed c -> {
                credits.updateRecord(c.record());
                credits.append(c.event());
                yield Outcome.done(new Recorded(c.record(), c.event(), c.credit().standing(policy(), today)));
            }
            case AppealOutcome.Refused r -> r.reason() == AppealOutcome.Reason.NO_SUCH_RECORD
                    ? Outcome.notFound(r.detail()) : Outcome.refused(r.detail());
        };
    }

    @Override
    public Outcome<CreditView> show(MerchantNo merchant, LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        if (merchants.find(merchant).isEmpty()) {
            return Outcome.notFound("merchant " + merchant);
        }
        MerchantCredit file = credits.find(merchant).orElse(MerchantCredit.open(merchant, day));
        CreditPolicy policy = policy();
        List<CreditEvent> events = new ArrayList<>(credits.events(merchant).stream()
                .filter(e -> !e.effectiveOn().isAfter(day)).toList());
        // as of a day, the file holds the records of that day and before (none before the first record)
        List<BehaviourRecord> known = file.records().stream().filter(r -> !r.on().isAfter(day)).toList();
        known.stream().map(BehaviourRecord::on).min(Comparator.naturalOrder())
                .ifPresent(first -> events.addAll(file.timeDrivenEvents(policy, first, day)));
        events.sort(Comparator.comparing(CreditEvent::at));
        CreditStanding standing = file.standing(policy, day);
        return Outcome.done(new CreditView(standing, known, events));
    }

    @Override
    public Outcome<List<ScorePoint>> scoreHistory(MerchantNo merchant, LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        if (merchants.find(merchant).isEmpty()) {
            return Outcome.notFound("merchant " + merchant);
        }
        return Outcome.done(credits.find(merchant).map(c -> c.scoreHistory(policy(), day)).orElse(List.of()));
    }

    @Override
    public OverdueRule overdueRule() {
        return credits.overdueRule();
    }

    @Override
    public Outcome<OverdueRule> setOverdueRule(OverdueRule rule) {
        if (rule.enabled() && credits.catalogue().find(rule.behaviourCode()).isEmpty()) {
            return Outcome.refused("the catalogue has no behaviour type " + rule.behaviourCode()
                    + "; add it with 'credit types --set' first");
        }
        unitOfWork.run(() -> credits.setOverdueRule(rule));
        return Outcome.done(rule);
    }

    @Override
    public List<BehaviourRecord> recordOverdue(LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        OverdueRule rule = credits.overdueRule();
        if (!rule.enabled()) {
            return List.of();
        }
        return unitOfWork.inTransaction(() -> {
            List<BehaviourRecord> made = new ArrayList<>();
            BehaviourCatalogue catalogue = credits.catalogue();
            for (OverdueInstallment i : overdue.unpaidAsOf(day)) {
                Optional<Merchant> m = merchants.find(i.merchant());
                if (m.isEmpty()) {
                    continue;
                }
                Optional<NewBehaviour> b = rule.behaviourFor(i, catalogue, credits.nextRecordId(), day);
                if (b.isPresent() && store(m.get(), b.get(), day) instanceof Outcome.Done<Recorded> d) {
                    made.add(d.value().record());
                }
            }
            return made;
        });
    }

    @Override
    public LocalDate today() {
        return clock.today();
    }

    private static <T> T parse(List<RowError> errors, String field, String raw, java.util.function.Function<String, T> f) {
        try {
            return f.apply(raw);
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(0, field, raw == null ? "" : raw, e.getMessage()));
            return null;
        }
    }
}
