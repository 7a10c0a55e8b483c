package org.mallcrm.application.report.port.out;

import java.time.LocalDate;
import org.mallcrm.domain.report.BuyerFigures;

/**
 * Where the report gets a mall's buyer and coupon figures (the buyers and campaigns context provides it). Until a
 * mall has buyers, {@link #NONE}: zeros.
 */
@FunctionalInterface
public interface BuyerActivity {

    /** Registered buyers on {@code asOf}; visiting buyers, coupons redeemed and their mall cost in from..asOf. */
    BuyerFigures figures(LocalDate from, LocalDate asOf);

    BuyerActivity NONE = (from, asOf) -> BuyerFigures.NONE;
}
