package org.mallcrm.domain.exit;

import java.time.LocalDate;
import java.util.Objects;
import org.mallcrm.domain.deposit.SecurityDeposit;
import org.mallcrm.domain.lease.ReceiptPolicy;
import org.mallcrm.domain.lease.SchedulePolicy;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.LeaseAccount;

/**
 * The exit settlement (退铺结算单): what the merchant owes (arrears on installments due by the exit day, unpaid late
 * fees up to it, damages) against what the mall holds for it (the security deposit and any credit). Credit is used
 * first, then the deposit. The result is a refund to the merchant or an amount still owed, never both.
 */
public record SettlementStatement(LocalDate exitOn, Money depositHeld, Money credit, Money arrears, Money lateFees,
        Money damages) {

    public SettlementStatement {
        Objects.requireNonNull(exitOn, "exitOn");
        for (Money m : new Money[] {depositHeld, credit, arrears, lateFees, damages}) {
            if (m.isNegative()) {
                throw new IllegalArgumentException("settlement amounts cannot be negative");
            }
        }
    }

    /** The statement for a lease's account and deposit on the exit day. */
    public static SettlementStatement of(LeaseAccount account, SecurityDeposit deposit, LocalDate exitOn,
            Money damages, SchedulePolicy schedule, ReceiptPolicy receipts) {
        return new SettlementStatement(exitOn, deposit.held(), account.credit(),
                account.arrears(exitOn, schedule, receipts), account.unpaidLateFees(exitOn, receipts), damages);
    }

    /** Everything the merchant owes. */
    public Money owed() {
        return arrears.plus(lateFees).plus(damages);
    }

    /** The part of the deposit kept against what is owed (after the credit). */
    public Money depositApplied() {
        Money afterCredit = owed().minus(credit);
        return afterCredit.isPositive() ? afterCredit.min(depositHeld) : Money.ZERO;
    }

    /** The balance: positive is refunded to the merchant, negative is still owed by it. */
    public Money balance() {
        return depositHeld.plus(credit).minus(owed());
    }

    public Money refund() {
        return balance().isPositive() ? balance() : Money.ZERO;
    }

    public Money amountOwed() {
        return balance().isNegative() ? balance().negate() : Money.ZERO;
    }
}
