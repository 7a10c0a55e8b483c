package org.mallcrm.application.lease.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.service.Bounds;
import org.mallcrm.application.common.service.ReadThrough;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.lease.port.in.AmendmentSpec;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.lease.port.in.LeaseUseCases;
import org.mallcrm.application.lease.port.out.EarnestMonies;
import org.mallcrm.application.lease.port.out.LeaseOverlapException;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.application.lease.port.out.Leases;
import org.mallcrm.application.lease.port.out.Placements;
import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.domain.credit.Eligibility;
import org.mallcrm.domain.credit.LeasingEligibility;
import org.mallcrm.domain.deposit.EarnestMoney;
import org.mallcrm.domain.deposit.EarnestStatus;
import org.mallcrm.domain.deposit.SecurityDeposit;
import org.mallcrm.domain.deposit.SigningOutcome;
import org.mallcrm.domain.exit.Relocation;
import org.mallcrm.domain.lease.Lease;
import org.mallcrm.domain.lease.LeaseAmendment;
import org.mallcrm.domain.lease.LeaseEnding;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.lease.LeaseTerms;
import org.mallcrm.domain.lease.LeaseRules;
import org.mallcrm.domain.lease.LeasingPolicy;
import org.mallcrm.application.settings.port.out.CurrentSettings;
import org.mallcrm.domain.merchant.AdvanceOutcome;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.placement.Placement;
import org.mallcrm.domain.placement.PlacementStatus;
import org.mallcrm.domain.receipt.AccountAmendOutcome;
import org.mallcrm.domain.receipt.LeaseAccount;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallStatus;

/** Signs leases (one, or a JSON Lines file all or nothing) and amends them. */
public final class LeaseService implements LeaseUseCases {

    private final Leases leases;
    private final Merchants merchants;
    private final Stalls stalls;
    private final EarnestMonies earnestMonies;
    private final Placements placements;
    private final LeasingEligibility eligibility;
    private final CurrentSettings settings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public LeaseService(Leases leases, Merchants merchants, Stalls stalls, EarnestMonies earnestMonies,
            Placements placements, LeasingEligibility eligibility, CurrentSettings settings, UnitOfWork unitOfWork,
            Clock clock) {
        this.leases = leases;
        this.merchants = merchants;
        this.stalls = stalls;
        this.earnestMonies = earnestMonies;
        this.placements = placements;
        this.eligibility = eligibility;
        this.settings = settings;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Outcome<LeaseRecord> create(LeaseSpec spec) {
        return switch (sign(spec)) {
            case Outcome.Done<Signing> d -> Outcome.done(d.value().lease());
            case Outcome<Signing> o -> o.recast();
        };
    }

    @Override
    public Outcome<Signing> sign(LeaseSpec spec) {
        return unitOfWork.inTransaction(() -> switch (sign(spec, 0, settings.current().leasingPolicy(), new Reads(false))) {
            case Outcome.Done<Signed> d -> Outcome.done(new Signing(d.value().lease(), d.value().relocation()));
            case Outcome<Signed> o -> o.<Signing>recast();
        }, o -> !o.isDone());
    }

    @Override
    public ImportOutcome importLeases(List<SpecLine> lines, ImportOptions options) {
        if (lines.isEmpty()) {
            return new ImportOutcome.Unreadable("the file holds no lease specs (one JSON object a line)");
        }
        return unitOfWork.inTransaction(() -> {
            LeasingPolicy policy = settings.current().leasingPolicy();
            Reads reads = new Reads(true).ahead(lines);
            List<RowError> errors = new ArrayList<>();
            int created = 0;
            int unchanged = 0;
            Map<String, Integer> lineOf = new java.util.HashMap<>();
            for (SpecLine l : lines) {
                if (l.unreadable() != null) {
                    errors.add(new RowError(l.line(), "", "", l.unreadable()));
                    continue;
                }
                String no = l.spec().leaseNo();
                if (no != null && lineOf.containsKey(no.strip())) {
                    errors.add(new RowError(l.line(), "lease_no", no, "lease number also on line "
                            + lineOf.get(no.strip())));
                    continue;
                }
                if (no != null) {
                    lineOf.put(no.strip(), l.line());
                }
                Outcome<Signed> o = sign(l.spec(), l.line(), policy, reads);
                switch (o) {
                    case Outcome.Done<Signed> d -> {
                        if (d.value().created()) {
                            created++;
                        } else {
                            unchanged++;
                        }
                    }
                    case Outcome.Invalid<Signed> i -> errors.addAll(i.errors());
                    case Outcome.Refused<Signed> r -> errors.add(new RowError(l.line(), "", "", r.reason()));
                    case Outcome.NotFound<Signed> n -> errors.add(new RowError(l.line(), "", "", n.what()
                            + " not found"));
                }
            }
            if (!errors.isEmpty()) {
                return new ImportOutcome.Rejected(errors);
            }
            try {
                reads.flush();
            } catch (LeaseOverlapException e) {
                return new ImportOutcome.Rejected(List.of(new RowError(0, "stall_nos", "",
                        "two leases of one stall overlap; leases of one stall never overlap")));
            }
            return new ImportOutcome.Imported(created, 0, unchanged, options.dryRun());
        }, o -> o instanceof ImportOutcome.Rejected || options.dryRun());
    }

    private record Signed(LeaseRecord lease, boolean created, Relocation relocation) {

        Signed(LeaseRecord lease, boolean created) {
            this(lease, created, null);
        }
    }

    /**
     * Signs one spec inside the caller's unit of work under the mall's policy of the moment (the lease keeps the
     * rules it is signed with). Writes only when it returns Done with created.
     */
    private Outcome<Signed> sign(LeaseSpec rawSpec, int line, LeasingPolicy policy, Reads reads) {
        List<RowError> errors = new ArrayList<>();
        LeaseSpec spec = rawSpec;
        if (spec.placementNo() != null && !spec.placementNo().isBlank()) {
            Optional<Placement> p = placements.find(spec.placementNo().strip());
            if (p.isEmpty()) {
                return new Outcome.Invalid<>(List.of(new RowError(line, "placement_no", spec.placementNo(),
                        "no such placement")));
            }
            if (p.get().status() != PlacementStatus.APPROVED) {
                return Outcome.refused("placement-not-approved", "placement " + p.get().placementNo() + " is "
                        + p.get().status()
                        + "; only an approved placement makes a lease");
            }
            spec = prefill(spec, p.get(), line, errors);
            if (!errors.isEmpty()) {
                return new Outcome.Invalid<>(errors);
            }
        }
        List<StallNo> stallNos = LeaseSpecs.stallNos(spec, line, new ArrayList<>());
        Map<StallNo, Stall> stored = reads.stalls.getAll(stallNos);
        for (StallNo s : stallNos) {
            if (!stored.containsKey(s)) {
                errors.add(new RowError(line, "stall_nos", s.value(), "no such stall"));
            }
        }
        List<Stall> named = stallNos.stream().map(stored::get).filter(java.util.Objects::nonNull).toList();
        LeaseTerms terms = LeaseSpecs.terms(spec, named, policy.schedule(), line, errors);
        if (terms == null || !errors.isEmpty()) {
            return new Outcome.Invalid<>(errors);
        }
        if (terms.kind() == org.mallcrm.domain.lease.LeaseKind.RELOCATION) {
            reads.flush();   // a relocation ends the stored lease it replaces
        }
        Optional<LeaseRecord> existing = Optional.ofNullable(reads.leases.get(terms.leaseNo()));
        if (existing.isPresent()) {
            if (existing.get().account().lease().history().get(0).terms().equals(terms)) {
                return Outcome.done(new Signed(existing.get(), false));
            }
            return new Outcome.Invalid<>(List.of(new RowError(line, "lease_no", terms.leaseNo().value(),
                    "lease exists with other terms; change it with 'leases amend'")));
        }
        Optional<Merchant> merchant = Optional.ofNullable(reads.merchants.get(terms.merchantNo()));
        if (merchant.isEmpty()) {
            return new Outcome.Invalid<>(List.of(new RowError(line, "merchant_no", terms.merchantNo().value(),
                    "no such merchant; import it first")));
        }
        // signed on its signing_date, else on the day it is entered: a back-dated start signs nothing earlier
        // (domain-rules §4: the merchant's eligibility is checked on the signing date)
        LocalDate signedOn = terms.signingDate() != null ? terms.signingDate() : clock.today();
        if (reads.eligibility.check(terms.merchantNo(), signedOn) instanceof Eligibility.Refused r) {
            return Outcome.refused("merchant-ineligible", "merchant " + terms.merchantNo() + " cannot lease: "
                    + r.describe());
        }
        LeaseRecord replaced = null;
        if (terms.kind() == org.mallcrm.domain.lease.LeaseKind.RELOCATION) {
            Outcome<LeaseRecord> old = relocatedFrom(spec, terms, line, reads);
            if (!(old instanceof Outcome.Done<LeaseRecord> d)) {
                return old.recast();
            }
            replaced = d.value();
        } else if (!LeaseSpecs.blank(spec.relocatedFrom())) {
            return new Outcome.Invalid<>(List.of(new RowError(line, "relocated_from", spec.relocatedFrom(),
                    "only a RELOCATION lease names the lease it replaces")));
        }
        LeaseNo replacedNo = replaced == null ? null : replaced.account().lease().leaseNo();
        if (terms.kind() == org.mallcrm.domain.lease.LeaseKind.RENEWAL) {
            String refusal = renewalRefusal(terms, reads);
            if (refusal != null) {
                return Outcome.refused("renewal-refused", refusal);
            }
        }
        List<EarnestMoney> onStalls = reads.earnestOn(stallNos);
        for (Stall s : named) {
            String refusal = stallRefusal(s, terms, onStalls, signedOn);
            if (refusal != null) {
                return Outcome.refused("stall-not-leasable", refusal);
            }
            List<LeaseNo> others = reads.occupying(s.no(), terms.start(), terms.end()).stream()
                    .filter(o -> !o.equals(replacedNo)).toList();
            if (!others.isEmpty()) {
                return Outcome.refused("stall-leased", "stall " + s.no() + " is leased by " + others.get(0) + " in "
                        + terms.start() + ".." + terms.end() + "; leases of one stall never overlap");
            }
        }
        Lease lease = Lease.sign(terms, LeaseRules.of(policy));
        LeaseAccount account = LeaseAccount.open(lease);
        SecurityDeposit deposit = SecurityDeposit.agreed(lease.leaseNo(), lease.merchantNo(),
                terms.securityDeposit());
        List<EarnestMoney> applied = new ArrayList<>();
        for (EarnestMoney e : onStalls) {
            boolean usable = e.merchantNo().equals(terms.merchantNo())
                    && (e.status() == EarnestStatus.HELD || e.status() == EarnestStatus.EXPIRED);
            if (!usable) {
                if (e.status() == EarnestStatus.HELD && signedOn.isAfter(e.lockedThrough())
                        && e.expire(signedOn) instanceof org.mallcrm.domain.deposit.EarnestOutcome.Done x) {
                    applied.add(x.earnestMoney());
                }
                continue;
            }
            SigningOutcome so = e.withContractValue(lease.totalRent())
                    .applyOnSigning(account, signedOn, policy.earnestMoney());
            if (so instanceof SigningOutcome.Applied a) {
                account = a.account();
                if (a.convertedToDeposit().isPositive()) {
                    deposit = deposit.receive(a.convertedToDeposit());
                }
                applied.add(a.earnestMoney());
            }
        }
        Relocation relocation = null;
        if (replaced != null) {
            relocation = Relocation.carryOver(replaced.account(), replaced.deposit(), terms.start(), account, deposit,
                    policy.receipts());
            account = relocation.newAccount();
            deposit = relocation.newDeposit();
            // postings of the old lease are rewritten (released money taken off): clear them, then store the rest
            LeaseAccount cleared = new LeaseAccount(relocation.oldAccount().lease(), List.of(),
                    relocation.oldAccount().receipts(), Money.ZERO, relocation.oldAccount().transfers());
            LeaseEnding ending = LeaseEnding.relocation(relocation.endsOldOn());
            leases.update(new LeaseRecord(cleared, replaced.deposit(), ending));
            LeaseRecord ended = new LeaseRecord(relocation.oldAccount(), relocation.oldDeposit(), ending);
            leases.update(ended);
            reads.leases.put(replacedNo, ended);
            reads.holds(ended);
        }
        LeaseRecord record = new LeaseRecord(account, deposit, null);
        try {
            reads.insert(record);
        } catch (LeaseOverlapException e) {
            return Outcome.refused("stall-leased", "a stall of " + terms.leaseNo() + " is leased by another lease in "
                    + terms.start() + ".." + terms.end() + "; leases of one stall never overlap");
        }
        reads.leases.put(terms.leaseNo(), record);
        applied.forEach(reads::update);
        List<Stall> leased = new ArrayList<>();
        for (Stall s : named) {
            if (s.status() != StallStatus.LEASED) {
                leased.add(s.withStatus(StallStatus.LEASED));
            }
        }
        if (replaced != null) {
            for (Stall s : reads.stalls.getAll(replaced.account().lease().stallNos()).values()) {
                if (!stallNos.contains(s.no()) && s.status() == StallStatus.LEASED
                        && reads.occupying(s.no(), terms.start(), terms.start()).isEmpty()) {
                    leased.add(s.withStatus(StallStatus.VACANT));
                }
            }
        }
        stalls.update(leased);
        leased.forEach(s -> reads.stalls.put(s.no(), s));
        Merchant m = merchant.get();
        if (m.stage().isPreSigning()) {
            LocalDate on = signedOn.isBefore(m.currentStage().enteredOn()) ? m.currentStage().enteredOn() : signedOn;
            if (m.advance(Stage.SIGNED, on) instanceof AdvanceOutcome.Advanced adv) {
                reads.advanced(adv.merchant());
            }
        }
        return Outcome.done(new Signed(record, true, relocation));
    }

    /**
     * The lease a relocation replaces: named by {@code relocated_from}, of the same merchant, and live on the
     * relocation day (the new lease's start): not ended, started before that day and running through it.
     */
    private Outcome<LeaseRecord> relocatedFrom(LeaseSpec spec, LeaseTerms terms, int line, Reads reads) {
        if (LeaseSpecs.blank(spec.relocatedFrom())) {
            return new Outcome.Invalid<>(List.of(new RowError(line, "relocated_from", "",
                    "a RELOCATION lease names the lease it replaces")));
        }
        LeaseNo no;
        try {
            no = LeaseNo.of(spec.relocatedFrom().strip());
        } catch (IllegalArgumentException e) {
            return new Outcome.Invalid<>(List.of(new RowError(line, "relocated_from", spec.relocatedFrom(),
                    e.getMessage())));
        }
        Optional<LeaseRecord> old = Optional.ofNullable(reads.leases.get(no));
        if (old.isEmpty()) {
            return new Outcome.Invalid<>(List.of(new RowError(line, "relocated_from", no.value(), "no such lease")));
        }
        LeaseTerms oldTerms = old.get().account().lease().terms();
        if (!oldTerms.merchantNo().equals(terms.merchantNo())) {
            return Outcome.refused("relocation-refused", "lease " + no + " is merchant " + oldTerms.merchantNo()
                    + "'s, not "
                    + terms.merchantNo() + "'s; a relocation moves the same merchant");
        }
        LocalDate day = terms.start();
        if (old.get().terminatedOn() != null) {
            return Outcome.refused("relocation-refused", "lease " + no + " already ended on "
                    + old.get().terminatedOn()
                    + "; a relocation replaces a live lease");
        }
        if (!oldTerms.start().isBefore(day) || oldTerms.end().isBefore(day)) {
            return Outcome.refused("relocation-refused", "lease " + no + " runs " + oldTerms.start() + ".."
                    + oldTerms.end()
                    + " and is not live on the relocation day " + day);
        }
        return Outcome.done(old.get());
    }

    /**
     * What signing reads, once per unit of work and kept in step with what it writes: the stalls, merchants and
     * leases named, and the earnest money on the stalls. One lease reads them as before; an import of a thousand
     * reads each once ({@link #ahead}) instead of once a line.
     */
    private final class Reads {

        /** Whether new leases wait for {@link #flush} (an import stores them together) or are stored at once. */
        private final boolean together;
        private final List<LeaseRecord> pending = new ArrayList<>();
        /** Merchants a new lease moved to SIGNED, kept for {@link #flush} like the leases. */
        private final Map<MerchantNo, Merchant> advanced = new java.util.LinkedHashMap<>();
        /** The credit check; {@link #ahead} reads the file's merchants' credit at once. */
        LeasingEligibility eligibility = LeaseService.this.eligibility;
        /** Every lease's hold on each stall asked about, the pending ones' included. */
        final ReadThrough<StallNo, List<Leases.Occupancy>> held = new ReadThrough<>(
                LeaseService.this.leases::occupancies);
        final ReadThrough<StallNo, Stall> stalls = new ReadThrough<>(LeaseService.this.stalls::findAll);
        final ReadThrough<MerchantNo, Merchant> merchants = new ReadThrough<>(LeaseService.this.merchants::findAll);
        final ReadThrough<LeaseNo, LeaseRecord> leases = new ReadThrough<>(LeaseService.this.leases::findAll);
        /** The earnest money on each stall (a payment on two stalls is under both), in deposit-number order. */
        final ReadThrough<StallNo, List<EarnestMoney>> earnest = new ReadThrough<>(this::loadEarnest);

        Reads(boolean together) {
            this.together = together;
        }

        /** Stores a new lease, or keeps it for {@link #flush}. */
        void insert(LeaseRecord record) {
            if (together) {
                pending.add(record);
            } else {
                LeaseService.this.leases.insert(record);
            }
            holds(record);
        }

        /** Stores a merchant a new lease moved to SIGNED, or keeps it for {@link #flush}. */
        void advanced(Merchant m) {
            if (together) {
                advanced.put(m.no(), m);
            } else {
                LeaseService.this.merchants.update(List.of(m));
            }
            merchants.put(m.no(), m);
        }

        /** Stores the leases and merchants kept for it. */
        void flush() {
            if (!pending.isEmpty()) {
                LeaseService.this.leases.insertAll(List.copyOf(pending));
                pending.clear();
            }
            if (!advanced.isEmpty()) {
                LeaseService.this.merchants.update(List.copyOf(advanced.values()));
                advanced.clear();
            }
        }

        /** The leases, stored or kept for {@link #flush}, holding {@code stall} on any day of {@code from..to}. */
        List<LeaseNo> occupying(StallNo stall, LocalDate from, LocalDate to) {
            return holdsOn(stall).stream().filter(o -> o.overlaps(from, to)).map(Leases.Occupancy::leaseNo).toList();
        }

        List<Leases.Occupancy> holdsOn(StallNo stall) {
            List<Leases.Occupancy> on = held.get(stall);
            return on == null ? List.of() : on;
        }

        /** Keeps a lease's holds as it now stands (a new lease's, or an ended one's shortened). */
        void holds(LeaseRecord record) {
            Leases.Occupancy now = Leases.Occupancy.of(record);
            for (StallNo s : record.account().lease().stallNos()) {
                List<Leases.Occupancy> on = new ArrayList<>(holdsOn(s));
                on.removeIf(o -> o.leaseNo().equals(now.leaseNo()));
                on.add(now);
                held.put(s, on);
            }
        }

        /** Reads, for the whole file at once, the stalls, merchants and lease numbers its readable lines name. */
        Reads ahead(List<SpecLine> lines) {
            Set<StallNo> stallNos = new java.util.LinkedHashSet<>();
            Set<MerchantNo> merchantNos = new java.util.LinkedHashSet<>();
            Set<LeaseNo> leaseNos = new java.util.LinkedHashSet<>();
            for (SpecLine l : lines) {
                if (l.spec() == null) {
                    continue;
                }
                stallNos.addAll(LeaseSpecs.stallNos(l.spec(), l.line(), new ArrayList<>()));
                parsed(l.spec().merchantNo(), MerchantNo::of).ifPresent(merchantNos::add);
                parsed(l.spec().leaseNo(), LeaseNo::of).ifPresent(leaseNos::add);
                parsed(l.spec().relocatedFrom(), LeaseNo::of).ifPresent(leaseNos::add);
            }
            stalls.getAll(stallNos);
            earnest.getAll(stallNos);
            held.getAll(stallNos);
            merchants.getAll(merchantNos);
            leases.getAll(leaseNos);
            eligibility = LeaseService.this.eligibility.readAhead(merchantNos);
            return this;
        }

        private Map<StallNo, List<EarnestMoney>> loadEarnest(java.util.Collection<StallNo> nos) {
            Map<StallNo, List<EarnestMoney>> on = new java.util.HashMap<>();
            nos.forEach(s -> on.put(s, new ArrayList<>()));
            for (EarnestMoney e : earnestMonies.onStalls(nos)) {
                for (StallNo s : e.stallNos()) {
                    List<EarnestMoney> l = on.get(s);
                    if (l != null) {
                        l.add(e);
                    }
                }
            }
            return on;
        }

        /** The earnest money on any of these stalls, each once, in deposit-number order. */
        List<EarnestMoney> earnestOn(List<StallNo> nos) {
            Map<String, EarnestMoney> byNo = new java.util.TreeMap<>();
            earnest.getAll(nos).values().forEach(l -> l.forEach(e -> byNo.put(e.depositNo(), e)));
            return List.copyOf(byNo.values());
        }

        /** Stores a changed earnest money and keeps it under each of its stalls. */
        void update(EarnestMoney changed) {
            earnestMonies.update(changed);
            for (List<EarnestMoney> l : earnest.getAll(changed.stallNos()).values()) {
                l.replaceAll(e -> e.depositNo().equals(changed.depositNo()) ? changed : e);
            }
        }

        private static <T> Optional<T> parsed(String text, java.util.function.Function<String, T> parse) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(parse.apply(text.strip()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();   // the line's own check names it
            }
        }
    }

    /** A renewal (续签) continues an earlier lease of the same merchant on each of its stalls; why not, or null. */
    private static String renewalRefusal(LeaseTerms terms, Reads reads) {
        for (StallNo s : terms.stallNos()) {
            boolean continues = reads.holdsOn(s).stream().anyMatch(o -> o.merchantNo().equals(terms.merchantNo())
                    && o.from().isBefore(terms.start()));
            if (!continues) {
                return "a renewal continues a lease of the same merchant and stall; merchant " + terms.merchantNo()
                        + " has no earlier lease of stall " + s;
            }
        }
        return null;
    }

    /** Why a stall cannot be leased by these terms, or null. */
    private static String stallRefusal(Stall s, LeaseTerms terms, List<EarnestMoney> onStalls, LocalDate on) {
        switch (s.status()) {
            case VACANT, LEASED -> {
                return null;
            }
            case RESERVED -> {
                for (EarnestMoney e : onStalls) {
                    if (e.stallNos().contains(s.no()) && e.status() == EarnestStatus.HELD
                            && !e.merchantNo().equals(terms.merchantNo()) && !on.isAfter(e.lockedThrough())) {
                        return "stall " + s.no() + " is reserved by earnest money " + e.depositNo() + " of merchant "
                                + e.merchantNo() + " through " + e.lockedThrough();
                    }
                }
                return null;
            }
            default -> {
                return "stall " + s.no() + " is " + s.status() + " and cannot be leased";
            }
        }
    }

    /** Fills what the spec leaves out from an approved placement; a value that contradicts it is an error. */
    private static LeaseSpec prefill(LeaseSpec s, Placement p, int line, List<RowError> errors) {
        String merchant = s.merchantNo();
        if (merchant == null || merchant.isBlank()) {
            merchant = p.merchantNo().value();
        } else if (!merchant.strip().equals(p.merchantNo().value())) {
            errors.add(new RowError(line, "merchant_no", merchant, "placement " + p.placementNo() + " is for "
                    + p.merchantNo()));
        }
        List<String> stallNos = s.stallNos();
        List<String> placed = p.stallNos().stream().map(StallNo::value).toList();
        if (stallNos == null || stallNos.isEmpty()) {
            stallNos = placed;
        } else if (!Set.copyOf(stallNos).equals(Set.copyOf(placed))) {
            errors.add(new RowError(line, "stall_nos", String.join(" ", stallNos), "placement " + p.placementNo()
                    + " places " + String.join(" ", placed)));
        }
        String area = blankOr(s.leasableAreaM2(), p.leasableAreaM2().toString());
        String rent = s.rentPerM2Day() != null && !s.rentPerM2Day().isBlank() ? s.rentPerM2Month()
                : blankOr(s.rentPerM2Month(), p.agreedRentPerM2Month().toString());
        return new LeaseSpec(s.leaseNo(), merchant, stallNos, s.kind(), s.start(), s.end(), area, rent,
                s.rentPerM2Day(), s.billing(), s.advanceDays(), s.rentFree(), s.escalation(), s.proration(),
                s.managementFeePerM2Month(), s.securityDeposit(), s.ratios(), s.signingDate(), s.rentStartDate(),
                s.placementNo(), s.relocatedFrom());
    }

    private static String blankOr(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v;
    }

    @Override
    public Outcome<Amended> amend(LeaseNo leaseNo, AmendmentSpec spec) {
        List<RowError> errors = new ArrayList<>();
        LeaseAmendment amendment = LeaseSpecs.amendment(spec, errors);
        if (amendment == null) {
            return new Outcome.Invalid<>(errors);
        }
        return unitOfWork.inTransaction(() -> {
            Optional<LeaseRecord> found = leases.find(leaseNo);
            if (found.isEmpty()) {
                return Outcome.notFound("lease " + leaseNo);
            }
            LeaseRecord record = found.get();
            if (record.terminatedOn() != null) {
                return Outcome.refused("lease-ended", "lease " + leaseNo + " ended on " + record.terminatedOn()
                        + " and cannot be amended");
            }
            if (!amendment.amendmentNo().isEmpty() && record.account().lease().history().stream()
                    .anyMatch(v -> v.amendment() != null
                            && v.amendment().amendmentNo().equals(amendment.amendmentNo()))) {
                return Outcome.refused("amendment-applied", "amendment " + amendment.amendmentNo()
                        + " is already applied to "
                        + leaseNo);
            }
            return switch (record.account().amend(amendment)) {
                case AccountAmendOutcome.Refused r -> Outcome.refused("amendment-refused", r.reason());
                case AccountAmendOutcome.Amended a -> {
                    LeaseRecord next = record.withAccount(a.account());
                    try {
                        leases.update(next);
                    } catch (LeaseOverlapException e) {
                        yield Outcome.<Amended>refused("lease-overlap", "the new end " + a.report().endAfter()
                                + " would overlap another lease of the same stall");
                    }
                    yield Outcome.done(new Amended(next, a.report()));
                }
            };
        }, o -> !o.isDone());
    }

    @Override
    public Outcome<LeaseRecord> receiveDeposit(LeaseNo leaseNo, org.mallcrm.domain.money.Money amount) {
        if (amount == null || !amount.isPositive()) {
            return Outcome.invalid("amount", String.valueOf(amount), "a deposit payment is a positive amount");
        }
        Outcome<LeaseRecord> outOfBounds = Bounds.check().amount("amount", amount).outcome();
        if (outOfBounds != null) {
            return outOfBounds;
        }
        return unitOfWork.inTransaction(() -> {
            Outcome<LeaseRecord> o = receiveDeposit(leases.find(leaseNo), leaseNo, amount);
            if (o instanceof Outcome.Done<LeaseRecord> d) {
                leases.update(d.value());
            }
            return o;
        }, o -> !o.isDone());
    }

    /** A deposit payment on a lease as found: the lease with it, or why not; writes nothing. */
    private static Outcome<LeaseRecord> receiveDeposit(Optional<LeaseRecord> found, LeaseNo leaseNo,
            org.mallcrm.domain.money.Money amount) {
        if (found.isEmpty()) {
            return Outcome.notFound("lease " + leaseNo);
        }
        LeaseRecord r = found.get();
        if (r.terminatedOn() != null || r.deposit().settled()) {
            return Outcome.refused("lease-ended", "lease " + leaseNo + " has ended; its deposit is settled");
        }
        if (amount.isGreaterThan(r.deposit().outstanding())) {
            return Outcome.refused("deposit-over-owed", "lease " + leaseNo + " asks for a deposit of "
                    + r.deposit().agreed() + "; "
                    + r.deposit().outstanding() + " is still to pay, not " + amount);
        }
        return Outcome.done(r.withDeposit(r.deposit().receive(amount)));
    }

    @Override
    public Outcome<Integer> receiveDeposits(List<DepositPayment> payments) {
        for (DepositPayment p : payments) {
            if (p.amount() == null || !p.amount().isPositive()) {
                return Outcome.invalid("amount", String.valueOf(p.amount()), "a deposit payment is a positive amount");
            }
            Outcome<Integer> outOfBounds = Bounds.check().amount("amount", p.amount()).outcome();
            if (outOfBounds != null) {
                return outOfBounds;
            }
        }
        return unitOfWork.inTransaction(() -> {
            Map<LeaseNo, LeaseRecord> loaded = new java.util.HashMap<>(leases.findAll(
                    payments.stream().map(DepositPayment::leaseNo).distinct().toList()));
            Map<LeaseNo, LeaseRecord> changed = new java.util.LinkedHashMap<>();
            for (DepositPayment p : payments) {
                Outcome<LeaseRecord> o = receiveDeposit(Optional.ofNullable(loaded.get(p.leaseNo())), p.leaseNo(),
                        p.amount());
                if (!(o instanceof Outcome.Done<LeaseRecord> d)) {
                    return o.<Integer>recast();
                }
                loaded.put(p.leaseNo(), d.value());
                changed.put(p.leaseNo(), d.value());
            }
            leases.updateAll(new ArrayList<>(changed.values()));
            return Outcome.done(payments.size());
        }, o -> !o.isDone());
    }

    @Override
    public List<StallNo> releaseExpired(LocalDate asOf) {
        return unitOfWork.inTransaction(() -> {
            LocalDate day = asOf == null ? clock.today() : asOf;
            java.util.Set<StallNo> candidates = new java.util.TreeSet<>();
            LeaseNo after = null;
            while (true) {
                List<LeaseRecord> page = leases.list(null, after, 500);
                for (LeaseRecord r : page) {
                    if (r.terminatedOn() == null && r.account().lease().terms().end().isBefore(day)) {
                        candidates.addAll(r.account().lease().stallNos());
                    }
                }
                if (page.size() < 500) {
                    break;
                }
                after = page.get(page.size() - 1).account().lease().leaseNo();
            }
            List<Stall> freed = new ArrayList<>();
            for (Stall s : stalls.findAll(candidates).values()) {
                if (s.status() == StallStatus.LEASED && leases.occupying(s.no(), day, day).isEmpty()) {
                    freed.add(s.withStatus(StallStatus.VACANT));
                }
            }
            stalls.update(freed);
            return freed.stream().map(Stall::no).sorted().toList();
        });
    }
}
