package org.mallcrm.domain.deposit;

import java.util.Objects;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;

/**
 * A security deposit (押金): held during the lease, not rent; settled at exit against arrears, late fees and
 * damages. Invariant: {@code held = received − appliedAtExit − refundedAtExit}, never negative.
 *
 * @param agreed the amount the lease asks for ({@code security_deposit})
 */
public record SecurityDeposit(LeaseNo leaseNo, MerchantNo merchantNo, Money agreed, Money received,
        Money appliedAtExit, Money refundedAtExit, boolean settled) {

    public SecurityDeposit {
        Objects.requireNonNull(leaseNo, "leaseNo");
        Objects.requireNonNull(merchantNo, "merchantNo");
        if (agreed.isNegative() || received.isNegative() || appliedAtExit.isNegative()
                || refundedAtExit.isNegative()) {
            throw new IllegalStateException("a security deposit has no negative amounts");
        }
        if (appliedAtExit.plus(refundedAtExit).isGreaterThan(received)) {
            throw new IllegalStateException("more settled than received on the deposit of " + leaseNo);
        }
    }

    public static SecurityDeposit agreed(LeaseNo leaseNo, MerchantNo merchantNo, Money agreed) {
        return new SecurityDeposit(leaseNo, merchantNo, agreed, Money.ZERO, Money.ZERO, Money.ZERO, false);
    }

    /** What the mall still holds. */
    public Money held() {
        return received.minus(appliedAtExit).minus(refundedAtExit);
    }

    /** What the merchant still has to pay in. */
    public Money outstanding() {
        Money rest = agreed.minus(received);
        return rest.isNegative() ? Money.ZERO : rest;
    }

    /** Money paid in (or converted from earnest money). */
    public SecurityDeposit receive(Money amount) {
        if (settled) {
            throw new IllegalStateException("the deposit of " + leaseNo + " is settled");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a deposit payment is positive");
        }
        return new SecurityDeposit(leaseNo, merchantNo, agreed, received.plus(amount), appliedAtExit, refundedAtExit,
                false);
    }

    /** Settles at exit: {@code applied} goes against what the merchant owes, the rest is refunded. */
    public SecurityDeposit settle(Money applied) {
        if (settled) {
            throw new IllegalStateException("the deposit of " + leaseNo + " is already settled");
        }
        if (applied.isNegative() || applied.isGreaterThan(held())) {
            throw new IllegalArgumentException("cannot apply " + applied + " of a deposit holding " + held());
        }
        return new SecurityDeposit(leaseNo, merchantNo, agreed, received, appliedAtExit.plus(applied),
                refundedAtExit.plus(held().minus(applied)), true);
    }
}
