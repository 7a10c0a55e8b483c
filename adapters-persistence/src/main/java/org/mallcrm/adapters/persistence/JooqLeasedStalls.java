package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.LEASE;
import static org.mallcrm.adapters.persistence.jooq.Tables.LEASE_STALL;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.mallcrm.application.request.port.out.LeasedStalls;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.stall.StallNo;

/** The stalls a merchant's leases hold on a day, read from the leasing tables. */
public final class JooqLeasedStalls implements LeasedStalls {

    private final Database db;
    private final long mallId;

    public JooqLeasedStalls(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public Set<StallNo> leasedBy(MerchantNo merchant, LocalDate on) {
        LocalDate day = on;
        return db.dsl(ctx -> new TreeSet<>(ctx.select(LEASE_STALL.STALL_NO).from(LEASE_STALL).join(LEASE)
                .on(LEASE.ID.eq(LEASE_STALL.LEASE_ID))
                .where(LEASE.MALL_ID.eq(mallId)).and(LEASE.MERCHANT_NO.eq(merchant.value()))
                .and(LEASE_STALL.START_ON.le(day)).and(LEASE_STALL.END_ON.ge(day))
                .fetch(r -> StallNo.of(r.value1()))));
    }
}
