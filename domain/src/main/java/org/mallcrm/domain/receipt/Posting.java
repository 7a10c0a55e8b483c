package org.mallcrm.domain.receipt;

import java.time.LocalDate;
import java.util.Objects;
import org.mallcrm.domain.money.Money;

/**
 * Money put against one charge of one installment on a date: from a receipt (its number), from earnest money
 * ({@code EARNEST:no}) or from credit ({@code CREDIT}).
 */
public record Posting(LocalDate on, int seq, ChargeKind kind, Money amount, String source) {

    public Posting {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a posting is a positive amount");
        }
    }

    public boolean isPrincipal() {
        return kind != ChargeKind.LATE_FEE;
    }
}
