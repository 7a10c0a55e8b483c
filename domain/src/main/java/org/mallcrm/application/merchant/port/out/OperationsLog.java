package org.mallcrm.application.merchant.port.out;

import java.util.List;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.request.OperationsLogEntry;

/** The operations log (场内管理日志): staff's notes of dealings with merchants, in the order written. */
public interface OperationsLog {

    void add(OperationsLogEntry entry);

    /** One merchant's entries, oldest first. */
    List<OperationsLogEntry> of(MerchantNo merchant);
}
