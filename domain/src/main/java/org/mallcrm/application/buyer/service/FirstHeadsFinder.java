package org.mallcrm.application.buyer.service;

import java.time.Instant;
import java.util.function.Supplier;
import org.mallcrm.application.channel.port.out.Scans;
import org.mallcrm.application.channel.port.out.Trips;
import org.mallcrm.domain.channel.CommissionRules;
import org.mallcrm.domain.channel.FirstValidHeads;
import org.mallcrm.domain.channel.Reconciler;

/**
 * Finds every buyer's first valid head (and so its first channel) by reconciling all trips against all scans in one
 * streaming pass (buyer by buyer, bounded memory), with the mall's commission rules (their scan-order tolerance
 * decides validity). A store that keeps first channels at hand refreshes them from here, e.g. after scans or trips
 * are imported; answering {@link org.mallcrm.application.buyer.port.out.FirstChannels} by running this on every
 * question is only for small data.
 */
public final class FirstHeadsFinder {

    /** Scans and windows are kept for years 1900 to 2199: everything stored lies between these. */
    static final Instant FROM = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2199-12-31T00:00:00Z");

    private final Trips trips;
    private final Scans scans;
    private final Supplier<CommissionRules> rules;

    public FirstHeadsFinder(Trips trips, Scans scans, Supplier<CommissionRules> rules) {
        this.trips = trips;
        this.scans = scans;
        this.rules = rules;
    }

    public FirstValidHeads find() {
        FirstValidHeads first = new FirstValidHeads();
        Reconciler r = new Reconciler(trips.windowOverlapping(FROM, TO), rules.get(), first);
        scans.forEachBetween(FROM, TO, true, r::scan);
        r.finish();
        return first;
    }
}
