package org.mallcrm.domain.request;

import java.time.Instant;
import java.util.Objects;
import org.mallcrm.domain.common.Texts;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.StaffId;

/** A note in the operations log (场内管理日志): a member of staff's dealing with a merchant in the mall. */
public record OperationsLogEntry(StaffId staff, MerchantNo merchant, String note, Instant at) {

    public OperationsLogEntry {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(merchant, "merchant");
        note = Texts.require(note, "operations note", 2000);
        Objects.requireNonNull(at, "at");
    }
}
