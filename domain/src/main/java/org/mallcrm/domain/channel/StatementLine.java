package org.mallcrm.domain.channel;

import java.util.List;
import org.mallcrm.domain.money.Money;

/**
 * One trip on a commission statement: its valid and paid heads, its commission after the monthly cap, and every
 * valid head traced to its two scans.
 */
public record StatementLine(Trip trip, int validHeads, int paidHeads, boolean flagged, Money commission,
        List<TracedHead> heads) {

    public StatementLine {
        if (trip == null || commission == null) {
            throw new IllegalArgumentException("a statement line needs its trip and commission");
        }
        heads = List.copyOf(heads);
        if (heads.size() != validHeads) {
            throw new IllegalArgumentException("trip " + trip.tripNo() + ": " + validHeads + " valid heads but "
                    + heads.size() + " traced");
        }
        long paid = heads.stream().filter(TracedHead::paid).count();
        if (paid != paidHeads) {
            throw new IllegalArgumentException("trip " + trip.tripNo() + ": " + paidHeads + " paid heads but "
                    + paid + " traced as paid");
        }
    }
}
