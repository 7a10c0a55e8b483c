package org.mallcrm.application.coupon.service;

import java.time.YearMonth;
import org.mallcrm.application.coupon.port.out.SubsidyStatements;
import org.mallcrm.domain.merchant.MerchantNo;

/** Where a change to a closed month is posted: the first later month of the merchant that is not closed. */
final class SubsidyMonths {

    private SubsidyMonths() {
    }

    static YearMonth nextOpen(SubsidyStatements statements, MerchantNo merchant, YearMonth closed) {
        YearMonth m = closed.plusMonths(1);
        while (statements.findClosed(merchant, m).isPresent()) {
            m = m.plusMonths(1);
        }
        return m;
    }
}
