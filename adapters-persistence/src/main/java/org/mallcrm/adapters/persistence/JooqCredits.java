package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.BEHAVIOUR_RECORD;
import static org.mallcrm.adapters.persistence.jooq.Tables.BEHAVIOUR_TYPE;
import static org.mallcrm.adapters.persistence.jooq.Tables.CREDIT_EVENT;
import static org.mallcrm.adapters.persistence.jooq.Tables.CREDIT_FILE;
import static org.mallcrm.adapters.persistence.jooq.Tables.CREDIT_SETTING;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.impl.DSL;
import org.mallcrm.adapters.persistence.jooq.tables.records.BehaviourRecordRecord;
import org.mallcrm.adapters.persistence.jooq.tables.records.CreditEventRecord;
import org.mallcrm.application.credit.port.out.Credits;
import org.mallcrm.domain.credit.AppealState;
import org.mallcrm.domain.credit.BehaviourCatalogue;
import org.mallcrm.domain.credit.BehaviourRecord;
import org.mallcrm.domain.credit.BehaviourRecordId;
import org.mallcrm.domain.credit.BehaviourType;
import org.mallcrm.domain.credit.CreditEvent;
import org.mallcrm.domain.credit.CreditGrade;
import org.mallcrm.domain.credit.MerchantCredit;
import org.mallcrm.domain.credit.OverdueRule;
import org.mallcrm.domain.credit.Severity;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.stall.StallNo;

/** Credit of one mall in SQLite: catalogue, credit files with their records, the append-only events, the overdue rule. */
public final class JooqCredits implements Credits {

    private final Database db;
    private final long mallId;

    public JooqCredits(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public BehaviourCatalogue catalogue() {
        return db.dsl(ctx -> new BehaviourCatalogue(ctx.selectFrom(BEHAVIOUR_TYPE).where(BEHAVIOUR_TYPE.MALL_ID.eq(mallId))
                .orderBy(BEHAVIOUR_TYPE.POSITION).fetch(r -> new BehaviourType(r.getCode(), r.getName(),
                        r.getPoints().intValue(), Severity.valueOf(r.getSeverity()), r.getEvidenceRequired() == 1L))));
    }

    @Override
    public void replaceCatalogue(BehaviourCatalogue catalogue) {
        db.dsl(ctx -> {
            ctx.deleteFrom(BEHAVIOUR_TYPE).where(BEHAVIOUR_TYPE.MALL_ID.eq(mallId)).execute();
            long pos = 0;
            for (BehaviourType t : catalogue.types()) {
                ctx.insertInto(BEHAVIOUR_TYPE).set(BEHAVIOUR_TYPE.MALL_ID, mallId).set(BEHAVIOUR_TYPE.CODE, t.code())
                        .set(BEHAVIOUR_TYPE.POSITION, pos++).set(BEHAVIOUR_TYPE.NAME, t.name())
                        .set(BEHAVIOUR_TYPE.POINTS, (long) t.points()).set(BEHAVIOUR_TYPE.SEVERITY, t.severity().name())
                        .set(BEHAVIOUR_TYPE.EVIDENCE_REQUIRED, t.evidenceRequired() ? 1L : 0L).execute();
            }
            return null;
        });
    }

    @Override
    public Optional<MerchantCredit> find(MerchantNo merchant) {
        return db.dsl(ctx -> {
            LocalDate since = ctx.select(CREDIT_FILE.ASSESSED_SINCE).from(CREDIT_FILE)
                    .where(CREDIT_FILE.MALL_ID.eq(mallId)).and(CREDIT_FILE.MERCHANT_NO.eq(merchant.value()))
                    .fetchOne(CREDIT_FILE.ASSESSED_SINCE);
            if (since == null) {
                return Optional.empty();
            }
            List<BehaviourRecord> records = ctx.selectFrom(BEHAVIOUR_RECORD).where(BEHAVIOUR_RECORD.MALL_ID.eq(mallId))
                    .and(BEHAVIOUR_RECORD.MERCHANT_NO.eq(merchant.value())).orderBy(BEHAVIOUR_RECORD.ID)
                    .fetch(JooqCredits::record);
            return Optional.of(MerchantCredit.restore(merchant, since, records));
        });
    }

    @Override
    public Map<MerchantNo, MerchantCredit> findAll(Collection<MerchantNo> merchants) {
        List<String> nos = merchants.stream().map(MerchantNo::value).distinct().toList();
        Map<MerchantNo, MerchantCredit> found = new HashMap<>();
        db.dsl(ctx -> {
            for (int i = 0; i < nos.size(); i += CHUNK) {
                List<String> chunk = nos.subList(i, Math.min(nos.size(), i + CHUNK));
                Map<String, LocalDate> since = new HashMap<>();
                ctx.select(CREDIT_FILE.MERCHANT_NO, CREDIT_FILE.ASSESSED_SINCE).from(CREDIT_FILE)
                        .where(CREDIT_FILE.MALL_ID.eq(mallId)).and(CREDIT_FILE.MERCHANT_NO.in(chunk))
                        .forEach(r -> since.put(r.value1(), r.value2()));
                if (since.isEmpty()) {
                    continue;
                }
                Map<String, List<BehaviourRecord>> records = new HashMap<>();
                ctx.selectFrom(BEHAVIOUR_RECORD).where(BEHAVIOUR_RECORD.MALL_ID.eq(mallId))
                        .and(BEHAVIOUR_RECORD.MERCHANT_NO.in(since.keySet())).orderBy(BEHAVIOUR_RECORD.ID)
                        .forEach(r -> records.computeIfAbsent(r.getMerchantNo(), k -> new ArrayList<>()).add(record(r)));
                since.forEach((no, on) -> found.put(MerchantNo.of(no), MerchantCredit.restore(MerchantNo.of(no), on,
                        records.getOrDefault(no, List.of()))));
            }
            return null;
        });
        return found;
    }

    /** Merchants per IN list. */
    private static final int CHUNK = 500;

    private static BehaviourRecord record(BehaviourRecordRecord r) {
        BehaviourType type = new BehaviourType(r.getTypeCode(), r.getTypeName(), r.getPoints().intValue(),
                Severity.valueOf(r.getSeverity()), r.getEvidenceRequired() == 1L);
        return new BehaviourRecord(BehaviourRecordId.of(r.getRecordId()), MerchantNo.of(r.getMerchantNo()), type,
                r.getStallNo() == null ? null : StallNo.of(r.getStallNo()), r.getOnDay(), r.getNote(),
                r.getEvidence(), AppealState.valueOf(r.getAppeal()), r.getSourceKey());
    }

    @Override
    public Optional<MerchantNo> merchantOf(BehaviourRecordId record) {
        return db.dsl(ctx -> ctx.select(BEHAVIOUR_RECORD.MERCHANT_NO).from(BEHAVIOUR_RECORD)
                .where(BEHAVIOUR_RECORD.MALL_ID.eq(mallId)).and(BEHAVIOUR_RECORD.RECORD_ID.eq(record.value()))
                .fetchOptional(BEHAVIOUR_RECORD.MERCHANT_NO).map(MerchantNo::of));
    }

    @Override
    public void open(MerchantNo merchant, LocalDate assessedSince) {
        db.dsl(ctx -> ctx.insertInto(CREDIT_FILE).set(CREDIT_FILE.MALL_ID, mallId)
                .set(CREDIT_FILE.MERCHANT_NO, merchant.value()).set(CREDIT_FILE.ASSESSED_SINCE, assessedSince)
                .onConflictDoNothing().execute());
    }

    @Override
    public void insertRecord(BehaviourRecord r) {
        db.dsl(ctx -> ctx.insertInto(BEHAVIOUR_RECORD).set(BEHAVIOUR_RECORD.MALL_ID, mallId)
                .set(BEHAVIOUR_RECORD.RECORD_ID, r.id().value()).set(BEHAVIOUR_RECORD.MERCHANT_NO, r.merchant().value())
                .set(BEHAVIOUR_RECORD.TYPE_CODE, r.type().code()).set(BEHAVIOUR_RECORD.TYPE_NAME, r.type().name())
                .set(BEHAVIOUR_RECORD.POINTS, (long) r.type().points())
                .set(BEHAVIOUR_RECORD.SEVERITY, r.type().severity().name())
                .set(BEHAVIOUR_RECORD.EVIDENCE_REQUIRED, r.type().evidenceRequired() ? 1L : 0L)
                .set(BEHAVIOUR_RECORD.STALL_NO, r.stall() == null ? null : r.stall().value())
                .set(BEHAVIOUR_RECORD.ON_DAY, r.on()).set(BEHAVIOUR_RECORD.NOTE, r.note())
                .set(BEHAVIOUR_RECORD.EVIDENCE, r.evidence()).set(BEHAVIOUR_RECORD.APPEAL, r.appeal().name())
                .set(BEHAVIOUR_RECORD.SOURCE_KEY, r.sourceKey()).execute());
    }

    @Override
    public void updateRecord(BehaviourRecord r) {
        int n = db.dsl(ctx -> ctx.update(BEHAVIOUR_RECORD).set(BEHAVIOUR_RECORD.APPEAL, r.appeal().name())
                .where(BEHAVIOUR_RECORD.MALL_ID.eq(mallId)).and(BEHAVIOUR_RECORD.RECORD_ID.eq(r.id().value()))
                .execute());
        if (n != 1) {
            throw new IllegalStateException("no credit record " + r.id());
        }
    }

    @Override
    public BehaviourRecordId nextRecordId() {
        long n = db.dsl(ctx -> ctx.select(DSL.count()).from(BEHAVIOUR_RECORD).where(BEHAVIOUR_RECORD.MALL_ID.eq(mallId))
                .fetchOne(0, Long.class));
        return BehaviourRecordId.of(String.format("CR-%06d", n + 1));
    }

    @Override
    public void append(CreditEvent e) {
        db.dsl(ctx -> ctx.insertInto(CREDIT_EVENT).set(CREDIT_EVENT.MALL_ID, mallId)
                .set(CREDIT_EVENT.MERCHANT_NO, e.merchant().value()).set(CREDIT_EVENT.CAUSE, e.cause().name())
                .set(CREDIT_EVENT.RECORD_ID, e.record() == null ? null : e.record().value())
                .set(CREDIT_EVENT.EFFECTIVE_ON, e.effectiveOn()).set(CREDIT_EVENT.AT, e.at())
                .set(CREDIT_EVENT.SCORE_BEFORE, (long) e.scoreBefore()).set(CREDIT_EVENT.GRADE_BEFORE, e.gradeBefore().name())
                .set(CREDIT_EVENT.SCORE_AFTER, (long) e.scoreAfter()).set(CREDIT_EVENT.GRADE_AFTER, e.gradeAfter().name())
                .set(CREDIT_EVENT.BLACKLISTED_UNTIL_BEFORE, e.blacklistedUntilBefore())
                .set(CREDIT_EVENT.BLACKLISTED_UNTIL_AFTER, e.blacklistedUntilAfter()).execute());
    }

    @Override
    public List<CreditEvent> events(MerchantNo merchant) {
        return db.dsl(ctx -> ctx.selectFrom(CREDIT_EVENT).where(CREDIT_EVENT.MALL_ID.eq(mallId))
                .and(CREDIT_EVENT.MERCHANT_NO.eq(merchant.value())).orderBy(CREDIT_EVENT.ID).fetch(JooqCredits::event));
    }

    private static CreditEvent event(CreditEventRecord r) {
        return new CreditEvent(MerchantNo.of(r.getMerchantNo()), CreditEvent.Cause.valueOf(r.getCause()),
                r.getRecordId() == null ? null : BehaviourRecordId.of(r.getRecordId()), r.getEffectiveOn(),
                r.getAt(), r.getScoreBefore().intValue(), CreditGrade.valueOf(r.getGradeBefore()),
                r.getScoreAfter().intValue(), CreditGrade.valueOf(r.getGradeAfter()), r.getBlacklistedUntilBefore(),
                r.getBlacklistedUntilAfter());
    }

    @Override
    public OverdueRule overdueRule() {
        return db.dsl(ctx -> ctx.selectFrom(CREDIT_SETTING).where(CREDIT_SETTING.MALL_ID.eq(mallId))
                .fetchOptional(r -> new OverdueRule(r.getOverdueEnabled() == 1L, r.getOverdueDays().intValue(),
                        r.getOverdueCode()))
                .orElse(OverdueRule.off()));
    }

    @Override
    public void setOverdueRule(OverdueRule rule) {
        db.dsl(ctx -> ctx.insertInto(CREDIT_SETTING).set(CREDIT_SETTING.MALL_ID, mallId)
                .set(CREDIT_SETTING.OVERDUE_ENABLED, rule.enabled() ? 1L : 0L)
                .set(CREDIT_SETTING.OVERDUE_DAYS, (long) rule.daysOverdue())
                .set(CREDIT_SETTING.OVERDUE_CODE, rule.behaviourCode())
                .onConflict(CREDIT_SETTING.MALL_ID).doUpdate()
                .set(CREDIT_SETTING.OVERDUE_ENABLED, rule.enabled() ? 1L : 0L)
                .set(CREDIT_SETTING.OVERDUE_DAYS, (long) rule.daysOverdue())
                .set(CREDIT_SETTING.OVERDUE_CODE, rule.behaviourCode()).execute());
    }
}
