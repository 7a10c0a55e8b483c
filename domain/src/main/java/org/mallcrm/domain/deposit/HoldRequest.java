package org.mallcrm.domain.deposit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.mallcrm.domain.common.Identifiers;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.StallNo;

/**
 * A request to take earnest money and lock stalls ({@code deposits hold}).
 *
 * @param holdDays      how long the lock lasts; null for the mall's default
 * @param contractValue the lease's expected total rent, on which the 定金 cap is taken; null when not known yet
 */
public record HoldRequest(String depositNo, MerchantNo merchantNo, List<StallNo> stallNos, EarnestKind kind,
        Money amount, LocalDate on, Integer holdDays, Money contractValue) {

    public HoldRequest {
        depositNo = Identifiers.require(depositNo, "deposit number");
        Objects.requireNonNull(merchantNo, "merchantNo");
        stallNos = List.copyOf(stallNos);
        if (stallNos.isEmpty()) {
            throw new IllegalArgumentException("earnest money locks at least one stall");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(on, "on");
        if (holdDays != null && holdDays < 1) {
            throw new IllegalArgumentException("a hold lasts at least one day");
        }
        if (contractValue != null && contractValue.isNegative()) {
            throw new IllegalArgumentException("a contract value cannot be negative");
        }
    }
}
