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
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.RfmAnalysis;
import org.mallcrm.domain.buyer.RfmPolicy;
import org.mallcrm.domain.buyer.RfmScore;
import org.mallcrm.domain.buyer.RfmThresholdMode;
import org.mallcrm.domain.buyer.RfmThresholds;

/**
 * RFM over the store's per-buyer sums (one pass over the scans and redemptions, in the store), ranked and segmented
 * in {@code O(n log n)} here. A single buyer's score takes one per-buyer query and the day's thresholds, which are
 * kept (thread-safe) and recomputed at most every {@link #THRESHOLDS_REFRESH}, or when the day or settings change.
 */
public final class RfmService implements RfmUseCase {

    /** How long the day's thresholds are reused before they are recomputed. */
    public static final Duration THRESHOLDS_REFRESH = Duration.ofHours(1);

    private final BuyerAnalytics analytics;
    private final Supplier<RfmPolicy> policy;
    private final Clock clock;

    private record Kept(LocalDate asOf, RfmPolicy policy, Instant computedAt, RfmThresholds thresholds) {
    }

    private volatile Kept kept;

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
    public Optional<RfmScore> scoreOf(BuyerId buyer) {
        LocalDate today = clock.today();
        RfmPolicy p = policy.get();
        Optional<BuyerActivity> activity = analytics.activityOf(buyer, p.windowEndingOn(today));
        if (activity.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RfmAnalysis.score(today, activity.get(), thresholds(today, p)));
    }

    private RfmThresholds thresholds(LocalDate today, RfmPolicy p) {
        if (p.mode() == RfmThresholdMode.FIXED) {
            return p.fixed().orElseThrow();
        }
        Instant now = clock.now();
        Kept k = kept;
        if (fresh(k, today, p, now)) {
            return k.thresholds();
        }
        synchronized (this) {
            k = kept;
            if (!fresh(k, today, p, now)) {
                k = new Kept(today, p, now, analyse(today, p).thresholds());
                kept = k;
            }
            return k.thresholds();
        }
    }

    private static boolean fresh(Kept k, LocalDate asOf, RfmPolicy p, Instant now) {
        return k != null && k.asOf().equals(asOf) && k.policy().equals(p) && !now.isBefore(k.computedAt())
                && now.isBefore(k.computedAt().plus(THRESHOLDS_REFRESH));
    }
}
