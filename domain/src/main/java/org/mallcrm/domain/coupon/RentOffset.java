package org.mallcrm.domain.coupon;

import java.util.Objects;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.money.Money;

/**
 * A closed statement's total put on a lease account instead of paid out (抵扣租金): the lease, the receipt number it
 * was recorded under (a non-cash receipt, so that received = allocated + held still holds), what it applied to the
 * next installments and what is held as credit.
 */
public record RentOffset(LeaseNo lease, String receiptNo, Money amount, Money applied, Money held) {

    public RentOffset {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(receiptNo, "receiptNo");
        if (!applied.plus(held).equals(amount)) {
            throw new IllegalArgumentException("applied " + applied + " and held " + held + " do not make " + amount);
        }
    }
}
