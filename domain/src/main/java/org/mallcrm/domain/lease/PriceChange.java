package org.mallcrm.domain.lease;

import java.time.LocalDate;
import java.util.Objects;
import org.mallcrm.domain.money.Money;

/**
 * A new rent price per m² from a date on, written by an amendment (调价). Escalation anniversaries after the date
 * grow the new price; earlier ones are absorbed in it.
 */
public record PriceChange(LocalDate effectiveFrom, Money rentPerM2) {

    public PriceChange {
        Objects.requireNonNull(effectiveFrom, "effective date");
        Objects.requireNonNull(rentPerM2, "price");
        if (rentPerM2.isNegative()) {
            throw new IllegalArgumentException("a rent price cannot be negative");
        }
    }
}
