package org.mallcrm.application.buyer.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.application.buyer.port.in.BuyerFilter;
import org.mallcrm.application.buyer.port.in.BuyerQueries;
import org.mallcrm.application.buyer.port.in.BuyerStatsUseCase;
import org.mallcrm.application.buyer.port.in.RfmUseCase;
import org.mallcrm.application.buyer.port.out.BuyerAnalytics;
import org.mallcrm.application.buyer.port.out.Buyers;
import org.mallcrm.application.buyer.port.out.FirstChannels;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.domain.buyer.Buyer;
import org.mallcrm.domain.buyer.BuyerAttribute;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.RfmAnalysis;
import org.mallcrm.domain.buyer.RfmScore;
import org.mallcrm.domain.buyer.Share;
import org.mallcrm.domain.buyer.Shares;
import org.mallcrm.domain.time.DateRange;

/** The buyer register, one buyer's file, and the shares of buyers. */
public final class BuyerQueryService implements BuyerQueries, BuyerStatsUseCase {

    /** The first day a range without a start reaches back to. */
    static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    private final Buyers buyers;
    private final BuyerAnalytics analytics;
    private final FirstChannels firstChannels;
    private final RfmUseCase rfm;
    private final Clock clock;

    public BuyerQueryService(Buyers buyers, BuyerAnalytics analytics, FirstChannels firstChannels, RfmUseCase rfm,
            Clock clock) {
        this.buyers = buyers;
        this.analytics = analytics;
        this.firstChannels = firstChannels;
        this.rfm = rfm;
        this.clock = clock;
    }

    @Override
    public Page<Buyer> list(BuyerFilter filter, String cursor, int limit) {
        int n = Math.max(1, Math.min(limit, MAX_PAGE));
        BuyerId after = cursor == null || cursor.isBlank() ? null : BuyerId.of(cursor);
        Buyers.ProfileFilter profile = new Buyers.ProfileFilter(filter.province(), filter.category());
        List<Buyer> found;
        if (filter.segment().isEmpty()) {
            found = buyers.list(profile, after, n + 1);
        } else {
            found = inSegment(filter, profile, after, n + 1);
        }
        if (found.size() > n) {
            return new Page<>(found.subList(0, n), found.get(n - 1).id().value());
        }
        return new Page<>(found, null);
    }

    /** The buyers of a segment as of today (scores are in id order) after {@code after}, matching the profile filter. */
    private List<Buyer> inSegment(BuyerFilter filter, Buyers.ProfileFilter profile, BuyerId after, int wanted) {
        List<BuyerId> ids = new ArrayList<>();
        RfmAnalysis today = ((Outcome.Done<RfmAnalysis>) rfm.rfm(Optional.empty(), Optional.empty())).value();
        for (RfmScore s : today.scores()) {
            if (s.segment() == filter.segment().get() && (after == null || s.buyer().compareTo(after) > 0)) {
                ids.add(s.buyer());
            }
        }
        List<Buyer> result = new ArrayList<>();
        int chunk = Math.max(64, wanted * 2);
        for (int from = 0; from < ids.size() && result.size() < wanted; from += chunk) {
            List<BuyerId> part = ids.subList(from, Math.min(ids.size(), from + chunk));
            Map<BuyerId, Buyer> stored = buyers.findAll(part);
            for (BuyerId id : part) {
                Buyer b = stored.get(id);
                if (b != null && profile.matches(b) && result.size() < wanted) {
                    result.add(b);
                }
            }
        }
        return result;
    }

    @Override
    public Optional<BuyerDetails> show(BuyerId id) {
        Optional<Buyer> profile = buyers.find(id);
        List<LocalDate> visits = analytics.visitDays(id);
        if (profile.isEmpty() && visits.isEmpty()) {
            return Optional.empty();
        }
        Optional<RfmScore> score = profile.isPresent() ? rfm.scoreOf(id) : Optional.empty();
        return Optional.of(new BuyerDetails(id, profile, visits, firstChannels.firstChannelOf(id), score,
                clock.today()));
    }

    @Override
    public Outcome<List<Share>> stats(BuyerAttribute by, Optional<LocalDate> from, Optional<LocalDate> to) {
        Optional<DateRange> active = Optional.empty();
        if (from.isPresent() || to.isPresent()) {
            LocalDate start = from.orElse(BEGINNING);
            LocalDate end = to.orElseGet(clock::today);
            if (end.isBefore(start)) {
                return Outcome.invalid(to.isPresent() ? "to" : "from", (to.isPresent() ? end : start).toString(),
                        "the range ends (" + end + ") before it starts (" + start + ")");
            }
            active = Optional.of(new DateRange(start, end));
        }
        Map<String, Long> counts = analytics.countBy(by, active);
        return Outcome.done(Collections.unmodifiableList(Shares.of(counts)));
    }
}
