package org.mallcrm.domain.report;

import java.util.Optional;
import org.mallcrm.domain.money.Money;

/**
 * Rent collection (收缴率) over a period: what the installments falling due in it bill (rent and management fee),
 * and how much of that was paid by the as-of day.
 */
public record RentCollection(int installments, Money billed, Money collected) {

    public static final RentCollection NONE = new RentCollection(0, Money.ZERO, Money.ZERO);

    /** Collected ÷ billed, percent with two decimals (HALF_UP); empty when nothing fell due. */
    public Optional<String> percent() {
        return Share.percent(collected.fen(), billed.fen());
    }

    public RentCollection plus(RentCollection o) {
        return new RentCollection(installments + o.installments, billed.plus(o.billed), collected.plus(o.collected));
    }

    /** One more installment: what it bills and what of it was paid. */
    public RentCollection with(Money bills, Money paid) {
        return new RentCollection(installments + 1, billed.plus(bills), collected.plus(paid));
    }
}
