package org.mallcrm.domain.receipt;

import java.time.LocalDate;
import java.util.Objects;
import org.mallcrm.domain.common.Identifiers;
import org.mallcrm.domain.common.Texts;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.money.Money;

/** A receipt (收款单): money received for a lease on a day, by some method (cash, transfer …). */
public record Receipt(String receiptNo, LeaseNo leaseNo, LocalDate receivedOn, Money amount, String method) {

    public Receipt {
        receiptNo = Identifiers.require(receiptNo, "receipt number");
        Objects.requireNonNull(leaseNo, "leaseNo");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a receipt is a positive amount, was " + amount);
        }
        method = method == null || method.isBlank() ? "" : Texts.requireName(method, "method", 40);
    }
}
