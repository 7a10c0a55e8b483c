package org.mallcrm.adapters.http.lease;

import java.time.LocalDate;
import java.util.List;
import org.mallcrm.domain.exit.ExitRequest;
import org.mallcrm.domain.exit.SettlementStatement;
import org.mallcrm.domain.stall.StallNo;

/**
 * An exit request (退铺申请单) and, once settled, its statement: {@code deposit_held, credit, arrears, late_fees,
 * damages, owed, deposit_applied, refund, amount_owed}.
 */
public record ExitJson(String exitNo, String leaseNo, String merchantNo, List<String> stallNos, String type,
        String initiator, String timing, LocalDate requestedOn, LocalDate exitOn, String reason, String status,
        StatementJson settlement) {

    public record StatementJson(LocalDate exitOn, String depositHeld, String credit, String arrears, String lateFees,
            String damages, String owed, String depositApplied, String refund, String amountOwed) {

        static StatementJson of(SettlementStatement s) {
            return new StatementJson(s.exitOn(), s.depositHeld().toString(), s.credit().toString(),
                    s.arrears().toString(), s.lateFees().toString(), s.damages().toString(), s.owed().toString(),
                    s.depositApplied().toString(), s.refund().toString(), s.amountOwed().toString());
        }
    }

    public static ExitJson of(ExitRequest e) {
        return new ExitJson(e.exitNo(), e.leaseNo().value(), e.merchantNo().value(),
                e.stallNos().stream().map(StallNo::value).toList(), e.type().name(), e.initiator().name(),
                e.timing().name(), e.requestedOn(), e.exitOn(), e.reason(), e.status().name(),
                e.settlement() == null ? null : StatementJson.of(e.settlement()));
    }
}
