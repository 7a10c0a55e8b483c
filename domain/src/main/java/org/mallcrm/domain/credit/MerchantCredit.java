package org.mallcrm.domain.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.time.MallTime;

/**
 * One merchant's credit file (日常行为考核 → 信誉分): its behaviour records, and everything derived from them
 * under a {@link CreditPolicy} — score, grade, blacklist, whitelist. Immutable; nothing derived is stored, so
 * an appeal or a policy change is reflected at once and consistently.
 *
 * <p>Rules (domain-rules.md §4):
 * <ul>
 * <li>Score = base + Σ points of the period's counting records, clamped to [floor, ceiling] (the sum is clamped
 * once, not step by step).</li>
 * <li>A record counts when its appeal state is NONE or UPHELD, and once per behaviour: records with the same
 * {@link BehaviourRecord#dedupeKey() dedupe key} count as one (the earliest stored).</li>
 * <li>Grade from the thresholds; D whenever a counting SEVERE record is in the period.</li>
 * <li>Blacklisted from the day of a counting SEVERE record, and from each day the score falls into grade D,
 * for the policy's duration, regardless of later resets.</li>
 * <li>Whitelisted (renewal priority) when not blacklisted and the merchant closed the last
 * {@code whitelistPeriods} periods with grade A, having been assessed through all of them: for a calendar year
 * the last completed years (graded as of 31 December); for a rolling period the 365-day windows ending on the
 * as-of date, 365 days before it, and so on.</li>
 * </ul>
 */
public final class MerchantCredit {


    private final MerchantNo merchant;
    private final LocalDate assessedSince;
    private final List<BehaviourRecord> records;

    private MerchantCredit(MerchantNo merchant, LocalDate assessedSince, List<BehaviourRecord> records) {
        this.merchant = Objects.requireNonNull(merchant, "merchant");
        this.assessedSince = Objects.requireNonNull(assessedSince, "assessedSince");
        this.records = List.copyOf(records);
        Set<BehaviourRecordId> ids = new HashSet<>();
        for (BehaviourRecord r : this.records) {
            if (!r.merchant().equals(merchant)) {
                throw new IllegalArgumentException("record " + r.id() + " is of merchant " + r.merchant() + ", not " + merchant);
            }
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("record id " + r.id() + " appears twice");
            }
        }
    }

    /**
     * A credit file with no record yet.
     *
     * @param assessedSince the first day the merchant is assessed (usually the day it signed or started
     *                      operating); periods before it do not count towards the whitelist
     */
    public static MerchantCredit open(MerchantNo merchant, LocalDate assessedSince) {
        return new MerchantCredit(merchant, assessedSince, List.of());
    }

    /** A stored credit file; records in the order they were recorded. */
    public static MerchantCredit restore(MerchantNo merchant, LocalDate assessedSince, List<BehaviourRecord> records) {
        return new MerchantCredit(merchant, assessedSince, records);
    }

    public MerchantNo merchant() {
        return merchant;
    }

    public LocalDate assessedSince() {
        return assessedSince;
    }

    /** Every record, in the order recorded, whatever its appeal state. */
    public List<BehaviourRecord> records() {
        return records;
    }

    public Optional<BehaviourRecord> find(BehaviourRecordId id) {
        return records.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Score, grade, blacklist and whitelist as of {@code asOf}. */
    public CreditStanding standing(CreditPolicy policy, LocalDate asOf) {
        return new Calc(policy, records).standing(asOf, true);
    }

    /** Whether the merchant may sign a new lease or renew one on {@code asOf}: refused while blacklisted. */
    public Eligibility leasingEligibility(CreditPolicy policy, LocalDate asOf) {
        return new Calc(policy, records).blacklistOn(asOf)
                .<Eligibility>map(b -> new Eligibility.Refused(
                        (b.cause() == Blacklisting.Cause.SEVERE_RECORD ? "severe behaviour" : "credit grade D")
                        + " on " + b.from(), b.through()))
                .orElseGet(Eligibility.Eligible::new);
    }

    /**
     * Records a behaviour observed on {@code b.on()}, as of {@code asOf} (today). Refused for a day after
     * {@code asOf}, for a type that requires evidence when none is given, and for an id already used; a
     * behaviour already recorded (same dedupe key, whatever its appeal state: a record struck on appeal stays
     * struck) is a {@link RecordOutcome.Duplicate}.
     */
    public RecordOutcome record(NewBehaviour b, CreditPolicy policy, LocalDate asOf, Instant at) {
        Objects.requireNonNull(b, "behaviour");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(at, "at");
        if (b.on().isAfter(asOf)) {
            return new RecordOutcome.Refused(RecordOutcome.Reason.DAY_IN_FUTURE,
                    "behaviour on " + b.on() + " is after " + asOf);
        }
        BehaviourRecord record = new BehaviourRecord(b.id(), merchant, b.type(), b.stall(), b.on(), b.note(),
                b.evidence(), AppealState.NONE, b.sourceKey());
        Optional<BehaviourRecord> same = records.stream()
                .filter(r -> r.dedupeKey().equals(record.dedupeKey())).findFirst();
        if (same.isPresent()) {
            return new RecordOutcome.Duplicate(same.get());
        }
        if (find(b.id()).isPresent()) {
            return new RecordOutcome.Refused(RecordOutcome.Reason.ID_TAKEN, "record id " + b.id() + " is taken");
        }
        if (b.type().evidenceRequired() && record.evidence() == null) {
            return new RecordOutcome.Refused(RecordOutcome.Reason.EVIDENCE_REQUIRED,
                    "behaviour type " + b.type().code() + " requires evidence");
        }
        List<BehaviourRecord> next = new ArrayList<>(records);
        next.add(record);
        MerchantCredit after = new MerchantCredit(merchant, assessedSince, next);
        CreditEvent event = CreditEvent.between(standing(policy, asOf), after.standing(policy, asOf),
                CreditEvent.Cause.RECORDED, record.id(), at);
        return new RecordOutcome.Recorded(after, record, event);
    }

    /** The merchant appeals a record (NONE → UNDER_APPEAL); while under appeal it does not count. */
    public AppealOutcome appeal(BehaviourRecordId id, CreditPolicy policy, LocalDate asOf, Instant at) {
        return moveAppeal(id, AppealState.NONE, AppealState.UNDER_APPEAL, CreditEvent.Cause.APPEAL_LODGED, policy,
                asOf, at);
    }

    /** Staff reject the appeal: the record stands and counts again (UNDER_APPEAL → UPHELD). */
    public AppealOutcome uphold(BehaviourRecordId id, CreditPolicy policy, LocalDate asOf, Instant at) {
        return moveAppeal(id, AppealState.UNDER_APPEAL, AppealState.UPHELD, CreditEvent.Cause.APPEAL_UPHELD, policy,
                asOf, at);
    }

    /** Staff accept the appeal: the record is struck and never counts (UNDER_APPEAL → WITHDRAWN). */
    public AppealOutcome withdraw(BehaviourRecordId id, CreditPolicy policy, LocalDate asOf, Instant at) {
        return moveAppeal(id, AppealState.UNDER_APPEAL, AppealState.WITHDRAWN, CreditEvent.Cause.APPEAL_WITHDRAWN,
                policy, asOf, at);
    }

    private AppealOutcome moveAppeal(BehaviourRecordId id, AppealState from, AppealState to, CreditEvent.Cause cause,
            CreditPolicy policy, LocalDate asOf, Instant at) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(at, "at");
        Optional<BehaviourRecord> found = find(id);
        if (found.isEmpty()) {
            return new AppealOutcome.Refused(AppealOutcome.Reason.NO_SUCH_RECORD,
                    "merchant " + merchant + " has no record " + id);
        }
        BehaviourRecord r = found.get();
        if (r.appeal() != from) {
            return new AppealOutcome.Refused(AppealOutcome.Reason.WRONG_STATE,
                    "record " + id + " is " + r.appeal() + "; only a record " + from + " can become " + to);
        }
        BehaviourRecord changed = r.withAppeal(to);
        List<BehaviourRecord> next = records.stream().map(x -> x.id().equals(id) ? changed : x).toList();
        MerchantCredit after = new MerchantCredit(merchant, assessedSince, next);
        CreditEvent event = CreditEvent.between(standing(policy, asOf), after.standing(policy, asOf), cause, id, at);
        return new AppealOutcome.Changed(after, changed, event);
    }

    /**
     * The changes that happen by themselves on days in ({@code after}, {@code through}]: the 1 January reset, a
     * rolling record expiring, a blacklisting ending. Each is an event dated at the mall's midnight of its day,
     * comparing the day before with the day itself (records dated that day are left out, having their own
     * events). Days when nothing moves give no event, and so does an empty span ({@code through} on or before
     * {@code after}, e.g. an as-of date before the first record). For a daily job that keeps the audit trail
     * complete.
     */
    public List<CreditEvent> timeDrivenEvents(CreditPolicy policy, LocalDate after, LocalDate through) {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(through, "through");
        if (!through.isAfter(after)) {
            return List.of();
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        Calc all = new Calc(policy, records);
        if (policy.period() == CreditPeriod.CALENDAR_YEAR) {
            for (int y = after.getYear() + 1; y <= through.getYear(); y++) {
                days.add(LocalDate.of(y, 1, 1));
            }
        } else {
            for (BehaviourRecord r : records) {
                days.add(r.on().plusDays(CreditPeriod.ROLLING_DAYS));
            }
        }
        for (Blacklisting b : all.blacklistings(through)) {
            days.add(b.through().plusDays(1));
        }
        List<CreditEvent> events = new ArrayList<>();
        for (LocalDate d : days.subSet(after, false, through, true)) {
            List<BehaviourRecord> earlier = records.stream().filter(r -> r.on().isBefore(d)).toList();
            Calc calc = new Calc(policy, earlier);
            CreditStanding before = calc.standing(d.minusDays(1), false);
            CreditStanding now = calc.standing(d, false);
            CreditEvent.Cause cause = before.score() == now.score() && before.grade() == now.grade()
                    ? CreditEvent.Cause.BLACKLIST_ENDED
                    : policy.period() == CreditPeriod.CALENDAR_YEAR ? CreditEvent.Cause.PERIOD_RESET
                            : CreditEvent.Cause.RECORDS_EXPIRED;
            CreditEvent e = CreditEvent.between(before, now, cause, null, d.atStartOfDay(MallTime.ZONE).toInstant());
            if (e.changed()) {
                events.add(e);
            }
        }
        return events;
    }

    /**
     * The score over time (信誉分走势) through {@code through}, as the standing on each day it moved: the day before
     * the first record (the base score), then every day the credit may move — a record's day, a period reset or a
     * record's expiry ({@link #timeDrivenEvents}'s days), the day after a blacklisting ends — kept when score, grade or
     * blacklisting differ from the day before it in the list; {@code through} ends the list. Records dated after
     * {@code through} are not known yet. Empty when there is no record on or before {@code through}.
     */
    public List<ScorePoint> scoreHistory(CreditPolicy policy, LocalDate through) {
        Objects.requireNonNull(through, "through");
        List<BehaviourRecord> known = records.stream().filter(r -> !r.on().isAfter(through)).toList();
        if (known.isEmpty()) {
            return List.of();
        }
        Calc calc = new Calc(policy, known);
        TreeSet<LocalDate> days = new TreeSet<>();
        LocalDate first = known.stream().map(BehaviourRecord::on).min(Comparator.naturalOrder()).orElseThrow();
        days.add(first.minusDays(1));
        known.forEach(r -> days.add(r.on()));
        if (policy.period() == CreditPeriod.CALENDAR_YEAR) {
            for (int y = first.getYear() + 1; y <= through.getYear(); y++) {
                days.add(LocalDate.of(y, 1, 1));
            }
        } else {
            known.forEach(r -> days.add(r.on().plusDays(CreditPeriod.ROLLING_DAYS)));
        }
        for (Blacklisting b : calc.blacklistings(through)) {
            days.add(b.through().plusDays(1));
        }
        days.add(through);
        List<ScorePoint> points = new ArrayList<>();
        for (LocalDate d : days.headSet(through, true)) {
            ScorePoint p = ScorePoint.of(calc.standing(d, false));
            if (points.isEmpty() || !points.get(points.size() - 1).sameAs(p) || d.equals(through)) {
                points.add(p);
            }
        }
        return List.copyOf(points);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MerchantCredit c && merchant.equals(c.merchant) && assessedSince.equals(c.assessedSince)
                && records.equals(c.records);
    }

    @Override
    public int hashCode() {
        return Objects.hash(merchant, assessedSince, records);
    }

    @Override
    public String toString() {
        return "MerchantCredit[" + merchant + ", " + records.size() + " records]";
    }

    /** The derivations over one list of records under one policy. */
    private final class Calc {

        private final CreditPolicy policy;
        private final List<BehaviourRecord> counting;

        Calc(CreditPolicy policy, List<BehaviourRecord> all) {
            this.policy = Objects.requireNonNull(policy, "policy");
            Map<BehaviourRecord.DedupeKey, BehaviourRecord> once = new LinkedHashMap<>();
            for (BehaviourRecord r : all) {
                if (r.counts()) {
                    once.putIfAbsent(r.dedupeKey(), r);
                }
            }
            this.counting = List.copyOf(once.values());
        }

        List<BehaviourRecord> countingOn(LocalDate asOf) {
            return counting.stream().filter(r -> policy.period().includes(r.on(), asOf)).toList();
        }

        int scoreOn(LocalDate asOf) {
            long sum = 0;
            for (BehaviourRecord r : countingOn(asOf)) {
                sum += r.type().points();
            }
            return policy.clamp(sum);
        }

        CreditGrade gradeOn(LocalDate asOf) {
            boolean severe = countingOn(asOf).stream().anyMatch(r -> r.type().isSevere());
            return severe ? CreditGrade.D : policy.grades().gradeOf(scoreOn(asOf));
        }

        /** Every blacklisting that started on or before {@code asOf}. */
        List<Blacklisting> blacklistings(LocalDate asOf) {
            List<Blacklisting> result = new ArrayList<>();
            for (BehaviourRecord r : counting) {
                if (r.type().isSevere() && !r.on().isAfter(asOf)) {
                    result.add(new Blacklisting(r.on(), policy.blacklistedThrough(r.on()),
                            Blacklisting.Cause.SEVERE_RECORD, r.id()));
                }
            }
            // the score can only fall on a record's day, or, for a rolling period, the day a bonus expires
            TreeSet<LocalDate> days = new TreeSet<>();
            for (BehaviourRecord r : counting) {
                days.add(r.on());
                if (policy.period() == CreditPeriod.ROLLING_12_MONTHS) {
                    days.add(r.on().plusDays(CreditPeriod.ROLLING_DAYS));
                }
            }
            boolean baseIsD = policy.grades().gradeOf(policy.clamp(0)) == CreditGrade.D;
            boolean wasD = baseIsD;
            LocalDate previous = null;
            for (LocalDate d : days.headSet(asOf, true)) {
                if (policy.period() == CreditPeriod.CALENDAR_YEAR && previous != null
                        && previous.getYear() != d.getYear()) {
                    wasD = baseIsD; // the score was reset on 1 January in between
                }
                boolean isD = policy.grades().gradeOf(scoreOn(d)) == CreditGrade.D;
                if (isD && !wasD) {
                    BehaviourRecordId trigger = countingOn(d).stream()
                            .max(Comparator.comparing(BehaviourRecord::on)).map(BehaviourRecord::id).orElse(null);
                    result.add(new Blacklisting(d, policy.blacklistedThrough(d), Blacklisting.Cause.GRADE_D, trigger));
                }
                wasD = isD;
                previous = d;
            }
            return result;
        }

        Optional<Blacklisting> blacklistOn(LocalDate asOf) {
            return blacklistings(asOf).stream().filter(b -> b.covers(asOf))
                    .max(Comparator.comparing(Blacklisting::through));
        }

        CreditStanding standing(LocalDate asOf, boolean withWhitelist) {
            Objects.requireNonNull(asOf, "asOf");
            Optional<Blacklisting> blacklist = blacklistOn(asOf);
            boolean whitelisted = withWhitelist && blacklist.isEmpty() && closedWithA(asOf);
            return new CreditStanding(merchant, asOf, scoreOn(asOf), gradeOn(asOf), blacklist, whitelisted,
                    countingOn(asOf));
        }

        private boolean closedWithA(LocalDate asOf) {
            int n = policy.whitelistPeriods();
            LocalDate earliestStart;
            List<LocalDate> closings = new ArrayList<>();
            if (policy.period() == CreditPeriod.CALENDAR_YEAR) {
                for (int k = 1; k <= n; k++) {
                    closings.add(LocalDate.of(asOf.getYear() - k, 12, 31));
                }
                earliestStart = LocalDate.of(asOf.getYear() - n, 1, 1);
            } else {
                for (int k = 0; k < n; k++) {
                    closings.add(asOf.minusDays((long) CreditPeriod.ROLLING_DAYS * k));
                }
                earliestStart = CreditPeriod.ROLLING_12_MONTHS.periodStart(closings.get(n - 1));
            }
            if (assessedSince.isAfter(earliestStart)) {
                return false;
            }
            return closings.stream().allMatch(d -> gradeOn(d) == CreditGrade.A);
        }
    }
}
