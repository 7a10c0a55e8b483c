package org.mallcrm.domain.buyer;

import java.time.LocalDate;
import java.util.Objects;
import org.mallcrm.domain.money.Money;

/**
 * What RFM needs of one buyer over a window, as the store sums it up: the last visit day in the window, the number
 * of visit days (local days with at least one check-in) in the window, and the spend: the order amounts of the
 * buyer's redemptions made on a day of the window and not reversed.
 */
public record BuyerActivity(BuyerId buyer, LocalDate lastVisit, int visitDays, Money spend) {

    public BuyerActivity {
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(lastVisit, "lastVisit");
        Objects.requireNonNull(spend, "spend");
        if (visitDays < 1) {
            throw new IllegalArgumentException("buyer " + buyer + " has no visit day");
        }
        if (spend.isNegative()) {
            throw new IllegalArgumentException("buyer " + buyer + " has a negative spend");
        }
    }
}
