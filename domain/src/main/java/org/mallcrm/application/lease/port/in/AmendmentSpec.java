package org.mallcrm.application.lease.port.in;

import java.util.List;

/**
 * A lease amendment (合同变更单) as JSON: {@code {"amendment_no": "A-1", "effective_on": "2026-07-15", "note": "…",
 * "changes": [{"type": "FREE_EXTENSION", "months": 1}, {"type": "RENT_FREE_MONTHS", "from": "2026-10-15",
 * "months": 1}, {"type": "PRICE_CHANGE", "from": "2026-10-15", "rent_per_m2": "190.00"}]}}.
 */
public record AmendmentSpec(String amendmentNo, String effectiveOn, String note, List<Change> changes) {

    /** One change: {@code type} is FREE_EXTENSION (months), RENT_FREE_MONTHS (from, months) or PRICE_CHANGE (from, rent_per_m2). */
    public record Change(String type, String from, Integer months, String rentPerM2) {
    }
}
