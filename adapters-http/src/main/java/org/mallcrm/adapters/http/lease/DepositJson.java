package org.mallcrm.adapters.http.lease;

import java.time.LocalDate;
import java.util.List;
import org.mallcrm.domain.deposit.EarnestMoney;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.StallNo;

/**
 * Earnest money (订金/定金) as the API and the CLI show it. {@code earnest_part} is what counts as 定金 (up to
 * the cap once the contract value is known); {@code pay_back} is what the last operation paid back (refund plus any
 * double-return penalty), present on refund, forfeit and return-double.
 */
public record DepositJson(String depositNo, String merchantNo, List<String> stallNos, String kind, String status,
        String received, LocalDate heldOn, LocalDate lockedThrough, String contractValue, String earnestPart,
        String offset, String refunded, String forfeited, String converted, String held, String penaltyPaid,
        String appliedTo, String payBack) {

    public static DepositJson of(EarnestMoney e, Money payBack) {
        return new DepositJson(e.depositNo(), e.merchantNo().value(),
                e.stallNos().stream().map(StallNo::value).toList(),
                e.kind().name(), e.status().name(), e.received().toString(), e.heldOn(), e.lockedThrough(),
                e.contractValue() == null ? null : e.contractValue().toString(),
                e.earnestPart().toString(), e.offset().toString(), e.refunded().toString(),
                e.forfeited().toString(), e.converted().toString(), e.held().toString(), e.penaltyPaid().toString(),
                e.appliedTo() == null ? null : e.appliedTo().value(), payBack == null ? null : payBack.toString());
    }
}
