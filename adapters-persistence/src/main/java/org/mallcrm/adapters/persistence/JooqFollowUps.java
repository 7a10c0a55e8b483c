package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.MERCHANT_FOLLOW_UP;

import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.mallcrm.adapters.persistence.jooq.tables.records.MerchantFollowUpRecord;
import org.mallcrm.application.merchant.port.out.MerchantFollowUps;
import org.mallcrm.domain.merchant.FollowUp;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.StaffId;

/** Follow-up notes (跟进记录) of one mall in SQLite, in the order written. */
public final class JooqFollowUps implements MerchantFollowUps {

    private final Database db;
    private final long mallId;

    public JooqFollowUps(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public void add(FollowUp f) {
        db.dsl(ctx -> ctx.insertInto(MERCHANT_FOLLOW_UP).set(MERCHANT_FOLLOW_UP.MALL_ID, mallId)
                .set(MERCHANT_FOLLOW_UP.MERCHANT_NO, f.merchant().value()).set(MERCHANT_FOLLOW_UP.NOTE, f.note())
                .set(MERCHANT_FOLLOW_UP.ON_DAY, f.on())
                .set(MERCHANT_FOLLOW_UP.NEXT_VISIT_ON, f.nextVisitOn())
                .set(MERCHANT_FOLLOW_UP.AGENT, f.agent().value()).execute());
    }

    @Override
    public List<FollowUp> of(MerchantNo merchant) {
        return followUps(MERCHANT_FOLLOW_UP.MERCHANT_NO.eq(merchant.value()));
    }

    @Override
    public List<FollowUp> all() {
        return followUps(DSL.trueCondition());
    }

    private List<FollowUp> followUps(Condition where) {
        return db.dsl(ctx -> ctx.selectFrom(MERCHANT_FOLLOW_UP).where(MERCHANT_FOLLOW_UP.MALL_ID.eq(mallId)).and(where)
                .orderBy(MERCHANT_FOLLOW_UP.ID).fetch(JooqFollowUps::followUp));
    }

    private static FollowUp followUp(MerchantFollowUpRecord r) {
        return new FollowUp(MerchantNo.of(r.getMerchantNo()), r.getNote(), r.getOnDay(),
                r.getNextVisitOn(), StaffId.of(r.getAgent()));
    }
}
