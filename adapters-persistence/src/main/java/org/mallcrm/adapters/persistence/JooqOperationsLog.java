package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.OPERATIONS_LOG;

import java.time.Instant;
import java.util.List;
import org.mallcrm.application.merchant.port.out.OperationsLog;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.StaffId;
import org.mallcrm.domain.request.OperationsLogEntry;

/** The operations log (场内管理日志) of one mall in SQLite, in the order written. */
public final class JooqOperationsLog implements OperationsLog {

    private final Database db;
    private final long mallId;

    public JooqOperationsLog(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public void add(OperationsLogEntry e) {
        db.dsl(ctx -> ctx.insertInto(OPERATIONS_LOG).set(OPERATIONS_LOG.MALL_ID, mallId)
                .set(OPERATIONS_LOG.MERCHANT_NO, e.merchant().value()).set(OPERATIONS_LOG.STAFF, e.staff().value())
                .set(OPERATIONS_LOG.NOTE, e.note()).set(OPERATIONS_LOG.AT, e.at()).execute());
    }

    @Override
    public List<OperationsLogEntry> of(MerchantNo merchant) {
        return db.dsl(ctx -> ctx.selectFrom(OPERATIONS_LOG).where(OPERATIONS_LOG.MALL_ID.eq(mallId))
                .and(OPERATIONS_LOG.MERCHANT_NO.eq(merchant.value())).orderBy(OPERATIONS_LOG.ID)
                .fetch(r -> new OperationsLogEntry(StaffId.of(r.getStaff()), MerchantNo.of(r.getMerchantNo()),
                        r.getNote(), r.getAt())));
    }
}
