package org.mallcrm.domain.lease;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * The exact rent price per m² (per month or per day) on each day of a lease: the agreed price, grown at each
 * escalation anniversary on or before the end, rebased by price changes. Never rounded.
 */
public final class PriceTimeline {

    private final LeaseTerms terms;
    private final List<LocalDate> anniversaries;

    public PriceTimeline(LeaseTerms terms) {
        this.terms = terms;
        this.anniversaries = terms.escalation() == null ? List.of()
                : terms.escalation().anniversaries(terms.escalationAnchorDate(), terms.end());
    }

    /** The escalation anniversaries that take effect (after the end they are ignored). */
    public List<LocalDate> anniversaries() {
        return anniversaries;
    }

    /** The exact price on {@code day}. */
    public BigDecimal priceOn(LocalDate day) {
        BigDecimal price = terms.rentPerM2().toBigDecimal();
        LocalDate since = null;
        for (PriceChange c : terms.priceChanges()) {
            if (!c.effectiveFrom().isAfter(day)) {
                price = c.rentPerM2().toBigDecimal();
                since = c.effectiveFrom();
            }
        }
        if (terms.escalation() == null) {
            return price;
        }
        int steps = 0;
        for (LocalDate a : anniversaries) {
            if (!a.isAfter(day) && (since == null || a.isAfter(since))) {
                steps++;
            }
        }
        return terms.escalation().apply(price, steps);
    }

    /** Days on which the price may change. */
    TreeSet<LocalDate> changeDays() {
        TreeSet<LocalDate> days = new TreeSet<>(anniversaries);
        terms.priceChanges().forEach(c -> days.add(c.effectiveFrom()));
        return days;
    }
}
