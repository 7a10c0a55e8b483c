package org.mallcrm.application.lease.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.domain.deposit.EarnestKind;
import org.mallcrm.domain.deposit.EarnestMoney;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.StallNo;

/**
 * Earnest money (订金/定金) that locks stalls: hold, refund, forfeit (the merchant walks away), return double (the
 * mall walks away), expiry. Two holds on one stall never both succeed: the store enforces it.
 */
public interface EarnestMoneyUseCases {

    Outcome<EarnestMoney> hold(Hold command);

    Outcome<Settled> refund(String depositNo);

    Outcome<Settled> forfeit(String depositNo);

    Outcome<Settled> returnDouble(String depositNo);

    /** Ends every hold whose lock ran out before {@code asOf} (null: today) and releases its stalls. */
    List<EarnestMoney> expire(LocalDate asOf);

    Optional<EarnestMoney> find(String depositNo);

    /** The earnest money holding the stall now (status HELD), if any. */
    Optional<EarnestMoney> holding(StallNo stall);

    Page<EarnestMoney> list(String cursor, int limit);

    /**
     * @param on            the day the money is received (null: today)
     * @param days          how long the lock lasts (null: the mall's default)
     * @param contractValue the expected lease total the 定金 cap is taken on (null: known at signing)
     * @param depositNo     null to number it {@code D-000001} …
     */
    record Hold(List<StallNo> stallNos, MerchantNo merchantNo, Money amount, EarnestKind kind, LocalDate on,
            Integer days, Money contractValue, String depositNo) {
    }

    /** The money after settling, and what the mall pays back to the merchant by it. */
    record Settled(EarnestMoney earnestMoney, Money payBack) {
    }
}
