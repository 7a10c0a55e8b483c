package org.mallcrm.application.lease.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.lease.port.in.PlacementUseCases;
import org.mallcrm.application.lease.port.out.Placements;
import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.domain.credit.Eligibility;
import org.mallcrm.domain.credit.LeasingEligibility;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.merchant.AdvanceOutcome;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.placement.Grade;
import org.mallcrm.domain.placement.Placement;
import org.mallcrm.domain.placement.PlacementOutcome;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;

/**
 * Drafts and moves placements. A draft takes the stalls' leasable area and, unless given, their area-weighted base
 * rent and the merchant's grade. Approval refuses a blacklisted merchant and moves the merchant to PLACED.
 */
public final class PlacementService implements PlacementUseCases {

    private final Placements placements;
    private final Merchants merchants;
    private final Stalls stalls;
    private final LeasingEligibility eligibility;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public PlacementService(Placements placements, Merchants merchants, Stalls stalls, LeasingEligibility eligibility,
            UnitOfWork unitOfWork, Clock clock) {
        this.placements = placements;
        this.merchants = merchants;
        this.stalls = stalls;
        this.eligibility = eligibility;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Outcome<Placement> create(Create c) {
        if (c.stallNos() == null || c.stallNos().isEmpty()) {
            return Outcome.invalid("stall_nos", "", "name at least one stall");
        }
        Outcome<Placement> outOfBounds = org.mallcrm.application.common.service.Bounds.check()
                .pricePerM2("rent_per_m2_month", c.rentPerM2Month()).outcome();
        if (outOfBounds != null) {
            return outOfBounds;
        }
        return unitOfWork.inTransaction(() -> {
            Optional<Merchant> merchant = merchants.find(c.merchantNo());
            if (merchant.isEmpty()) {
                return Outcome.invalid("merchant_no", c.merchantNo().value(), "no such merchant");
            }
            Map<StallNo, Stall> found = stalls.findAll(c.stallNos());
            Area area = Area.ZERO;
            BigDecimal weighted = BigDecimal.ZERO;
            for (StallNo s : c.stallNos()) {
                Stall stall = found.get(s);
                if (stall == null) {
                    return Outcome.invalid("stall_nos", s.value(), "no such stall");
                }
                if (!stall.isActive()) {
                    return Outcome.refused("stall-inactive", "stall " + s + " is " + stall.status()
                            + " and cannot be placed");
                }
                area = area.plus(stall.leasableArea());
                weighted = weighted.add(stall.baseRent().toBigDecimal()
                        .multiply(BigDecimal.valueOf(stall.leasableArea().hundredths())));
            }
            Money price = c.rentPerM2Month();
            if (price == null) {
                price = area.isZero() ? Money.ZERO
                        : Money.round(weighted.divide(BigDecimal.valueOf(area.hundredths()), 10, RoundingMode.HALF_UP),
                                RoundingMode.HALF_UP);
            }
            Grade grade = c.grade();
            if (grade == null) {
                if (merchant.get().grade().isEmpty()) {
                    return Outcome.invalid("grade", "", "the merchant has no qualification grade yet; give one");
                }
                grade = Grade.valueOf(merchant.get().grade().get().name());
            }
            String no = c.placementNo() == null || c.placementNo().isBlank() ? placements.nextNumber()
                    : c.placementNo().strip();
            if (placements.find(no).isPresent()) {
                return Outcome.refused("placement-exists", "placement " + no + " already exists");
            }
            Placement p = Placement.draft(no, c.merchantNo(), c.stallNos(), area, price, grade, by(c.by()),
                    clock.now());
            placements.insert(p);
            return Outcome.done(p);
        }, o -> !o.isDone());
    }

    @Override
    public Outcome<Placement> submit(String placementNo, String by) {
        return move(placementNo, (p, at) -> p.submit(by(by), at));
    }

    @Override
    public Outcome<Placement> approve(String placementNo, String by, String note) {
        return move(placementNo, (p, at) -> {
            if (eligibility.check(p.merchantNo(), clock.today()) instanceof Eligibility.Refused r) {
                return new PlacementOutcome.Refused("merchant-ineligible", "merchant " + p.merchantNo() + " cannot lease: "
                        + r.describe());
            }
            PlacementOutcome o = p.approve(by(by), at, note);
            if (o instanceof PlacementOutcome.Moved) {
                merchants.find(p.merchantNo()).ifPresent(m -> {
                    if (m.stage().isPreSigning() && m.stage() != Stage.PLACED
                            && m.advance(Stage.PLACED, clock.today()) instanceof AdvanceOutcome.Advanced a) {
                        merchants.update(List.of(a.merchant()));
                    }
                });
            }
            return o;
        });
    }

    @Override
    public Outcome<Placement> reject(String placementNo, String by, String reason) {
        return move(placementNo, (p, at) -> p.reject(by(by), at, reason));
    }

    private Outcome<Placement> move(String no, BiFunction<Placement, Instant, PlacementOutcome> step) {
        return unitOfWork.inTransaction(() -> {
            Optional<Placement> p = placements.find(no);
            if (p.isEmpty()) {
                return Outcome.notFound("placement " + no);
            }
            return switch (step.apply(p.get(), clock.now())) {
                case PlacementOutcome.Refused r -> Outcome.refused(r.code(), r.reason());
                case PlacementOutcome.Moved m -> {
                    placements.update(m.placement());
                    yield Outcome.done(m.placement());
                }
            };
        }, o -> !o.isDone());
    }

    private static String by(String by) {
        return by == null || by.isBlank() ? "staff" : by.strip();
    }

    @Override
    public Optional<Placement> find(String placementNo) {
        return placements.find(placementNo);
    }

    @Override
    public Page<Placement> list(String cursor, int limit) {
        List<Placement> rows = placements.list(cursor == null || cursor.isBlank() ? null : cursor, limit + 1);
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<Placement> page = rows.subList(0, limit);
        return new Page<>(page, page.get(limit - 1).placementNo());
    }
}
