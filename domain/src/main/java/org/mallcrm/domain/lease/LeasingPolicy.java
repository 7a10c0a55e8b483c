package org.mallcrm.domain.lease;

import java.util.Objects;

/**
 * Every per-mall setting of leasing and money, with the defaults of the domain rules. An application service
 * loads the mall's policy and passes the part each operation needs.
 */
public record LeasingPolicy(SchedulePolicy schedule, ReceiptPolicy receipts, EarnestMoneyPolicy earnestMoney) {

    public static final LeasingPolicy DEFAULT = new LeasingPolicy(SchedulePolicy.DEFAULT, ReceiptPolicy.DEFAULT,
            EarnestMoneyPolicy.DEFAULT);

    public LeasingPolicy {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(receipts, "receipts");
        Objects.requireNonNull(earnestMoney, "earnestMoney");
    }
}
