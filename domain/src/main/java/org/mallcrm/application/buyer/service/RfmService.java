package org.mallcrm.application.buyer.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.mallcrm.application.buyer.port.in.RfmUseCase;
import org.mallcrm.application.buyer.port.out.BuyerAnalytics;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.domain.buyer.BuyerActivity;
import org.mallcrm.domain.buyer.RfmAnalysis;
import org.mallcrm.domain.buyer.RfmPolicy;

/**
 * RFM over the store's per-buyer sums (one pass over the scans and redemptions, in the store), ranked and segmented
 * in {@code O(n log n)} here. The current segments are kept for the day (thread-safe) and refreshed at most every
 * {@link #CURRENT_REFRESH}.
 */
public final class RfmService implements RfmUseCase {

    /** How long the current segments are reused before they are recomputed. */
    public static final Duration CURRENT_REFRESH = Duration.ofHours(1);

    private final BuyerAnalytics analytics;
    private final Supplier<RfmPolicy> policy;
    private final Clock clock;

    private record Current(LocalDate asOf, RfmPolicy policy, Instant computedAt, RfmAnalysis analysis) {
    }

    private volatile Current current;

    /** @param policy the mall's RFM settings, read on every use (settings may change while the service lives) */
    public RfmService(BuyerAnalytics analytics, Supplier<RfmPolicy> policy, Clock clock) {
        this.analytics = analytics;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Outcome<RfmAnalysis> rfm(Optional<LocalDate> asOf, Optional<Integer> windowDays) {
        RfmPolicy p = policy.get();
        if (windowDays.isPresent()) {
            try {
                p = p.withWindowDays(windowDays.get());
            } catch (IllegalArgumentException e) {
                return Outcome.invalid("window_days", String.valueOf(windowDays.get()), e.getMessage());
            }
        }
        return Outcome.done(analyse(asOf.orElseGet(clock::today), p));
    }

    private RfmAnalysis analyse(LocalDate asOf, RfmPolicy p) {
        List<BuyerActivity> activities = new ArrayList<>();
        analytics.forEachActive(p.windowEndingOn(asOf), activities::add);
        return RfmAnalysis.analyse(asOf, p, activities);
    }

    @Override
    public RfmAnalysis current() {
        Instant now = clock.now();
        LocalDate yesterday = clock.today().minusDays(1);
        RfmPolicy p = policy.get();
        Current c = current;
        if (fresh(c, yesterday, p, now)) {
            return c.analysis();
        }
        synchronized (this) {
            c = current;
            if (!fresh(c, yesterday, p, now)) {
                c = new Current(yesterday, p, now, analyse(yesterday, p));
                current = c;
            }
            return c.analysis();
        }
    }

    private static boolean fresh(Current c, LocalDate asOf, RfmPolicy p, Instant now) {
        return c != null && c.asOf().equals(asOf) && c.policy().equals(p) && !now.isBefore(c.computedAt())
                && now.isBefore(c.computedAt().plus(CURRENT_REFRESH));
    }
}
