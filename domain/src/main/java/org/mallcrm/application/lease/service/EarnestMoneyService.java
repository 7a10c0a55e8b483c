package org.mallcrm.application.lease.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.service.Bounds;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.lease.port.in.EarnestMoneyUseCases;
import org.mallcrm.application.lease.port.out.EarnestMonies;
import org.mallcrm.application.lease.port.out.StallLockedException;
import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.application.settings.port.out.CurrentSettings;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.domain.credit.Eligibility;
import org.mallcrm.domain.credit.LeasingEligibility;
import org.mallcrm.domain.deposit.EarnestMoney;
import org.mallcrm.domain.deposit.EarnestOutcome;
import org.mallcrm.domain.deposit.EarnestStatus;
import org.mallcrm.domain.deposit.HoldOutcome;
import org.mallcrm.domain.deposit.HoldRequest;
import org.mallcrm.domain.lease.EarnestMoneyPolicy;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallStatus;

/**
 * Holds, settles and expires earnest money. A hold moves its stalls to RESERVED; settling or expiry releases them
 * (back to VACANT unless another hold still locks them). Lapsed holds on a stall are expired before a new hold on it.
 */
public final class EarnestMoneyService implements EarnestMoneyUseCases {

    private final EarnestMonies monies;
    private final Stalls stalls;
    private final Merchants merchants;
    private final LeasingEligibility eligibility;
    private final CurrentSettings settings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public EarnestMoneyService(EarnestMonies monies, Stalls stalls, Merchants merchants,
            LeasingEligibility eligibility, CurrentSettings settings, UnitOfWork unitOfWork, Clock clock) {
        this.monies = monies;
        this.stalls = stalls;
        this.merchants = merchants;
        this.eligibility = eligibility;
        this.settings = settings;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Outcome<EarnestMoney> hold(Hold c) {
        if (c.amount() == null || !c.amount().isPositive()) {
            return Outcome.invalid("amount", String.valueOf(c.amount()), "earnest money is a positive amount");
        }
        if (c.days() != null && c.days() < 1) {
            return Outcome.invalid("days", c.days().toString(), "a hold lasts at least one day");
        }
        if (c.stallNos() == null || c.stallNos().isEmpty()) {
            return Outcome.invalid("stall_no", "", "name a stall to hold");
        }
        Outcome<EarnestMoney> outOfBounds = Bounds.check().amount("amount", c.amount())
                .amount("contract_value", c.contractValue()).date("on", c.on())
                .count("days", c.days(), 1, EarnestMoneyPolicy.MAX_HOLD_DAYS).outcome();
        if (outOfBounds != null) {
            return outOfBounds;
        }
        return unitOfWork.inTransaction(() -> {
            LocalDate on = c.on() == null ? clock.today() : c.on();
            if (merchants.find(c.merchantNo()).isEmpty()) {
                return Outcome.invalid("merchant", c.merchantNo().value(), "no such merchant");
            }
            Map<StallNo, Stall> found = stalls.findAll(c.stallNos());
            for (StallNo s : c.stallNos()) {
                if (!found.containsKey(s)) {
                    return Outcome.notFound("stall " + s);
                }
            }
            if (eligibility.check(c.merchantNo(), on) instanceof Eligibility.Refused r) {
                return Outcome.refused("merchant-ineligible", "merchant " + c.merchantNo() + " cannot lease: "
                        + r.describe());
            }
            for (EarnestMoney lapsed : monies.onStalls(c.stallNos())) {
                if (lapsed.status() == EarnestStatus.HELD && on.isAfter(lapsed.lockedThrough())) {
                    settle(lapsed, (EarnestOutcome.Done) lapsed.expire(on));
                }
            }
            Map<StallNo, Stall> current = stalls.findAll(c.stallNos());
            Map<StallNo, StallStatus> statuses = new java.util.HashMap<>();
            current.forEach((k, v) -> statuses.put(k, v.status()));
            String no = c.depositNo() == null || c.depositNo().isBlank() ? monies.nextNumber()
                    : c.depositNo().strip();
            if (monies.find(no).isPresent()) {
                return Outcome.refused("earnest-exists", "earnest money " + no + " already exists");
            }
            HoldRequest request = new HoldRequest(no, c.merchantNo(), c.stallNos(), c.kind(), c.amount(), on,
                    c.days(), c.contractValue());
            return switch (EarnestMoney.hold(request, statuses, monies.onStalls(c.stallNos()),
                    settings.current().earnestMoneyPolicy())) {
                case HoldOutcome.Refused r -> Outcome.refused("stall-unavailable", r.reason());
                case HoldOutcome.Held h -> {
                    try {
                        monies.insert(h.earnestMoney());
                    } catch (StallLockedException e) {
                        yield Outcome.<EarnestMoney>refused("stall-unavailable", "a stall of " + no
                                + " is already locked by other earnest money");
                    }
                    List<Stall> reserved = new ArrayList<>();
                    for (Stall s : current.values()) {
                        reserved.add(s.withStatus(StallStatus.RESERVED));
                    }
                    stalls.update(reserved);
                    yield Outcome.done(h.earnestMoney());
                }
            };
        }, o -> !o.isDone());
    }

    @Override
    public Outcome<Settled> refund(String depositNo) {
        return change(depositNo, EarnestMoney::refund);
    }

    @Override
    public Outcome<Settled> forfeit(String depositNo) {
        return change(depositNo, e -> e.forfeit(settings.current().earnestMoneyPolicy()));
    }

    @Override
    public Outcome<Settled> returnDouble(String depositNo) {
        return change(depositNo, e -> e.mallWalksAway(settings.current().earnestMoneyPolicy()));
    }

    private Outcome<Settled> change(String depositNo, Function<EarnestMoney, EarnestOutcome> operation) {
        return unitOfWork.inTransaction(() -> {
            Optional<EarnestMoney> found = monies.find(depositNo);
            if (found.isEmpty()) {
                return Outcome.notFound("earnest money " + depositNo);
            }
            return switch (operation.apply(found.get())) {
                case EarnestOutcome.Refused r -> Outcome.refused(r.reason());
                case EarnestOutcome.Done d -> {
                    settle(found.get(), d);
                    yield Outcome.done(new Settled(d.earnestMoney(), d.payBack()));
                }
            };
        }, o -> !o.isDone());
    }

    /** Stores the new state and, when the money stops locking its stalls, releases them. */
    private void settle(EarnestMoney before, EarnestOutcome.Done done) {
        EarnestMoney after = done.earnestMoney();
        monies.update(after);
        if (before.status() != EarnestStatus.HELD || after.status() == EarnestStatus.HELD) {
            return;
        }
        List<EarnestMoney> others = monies.onStalls(before.stallNos()).stream()
                .filter(e -> !e.depositNo().equals(before.depositNo()) && e.status() == EarnestStatus.HELD)
                .toList();
        List<Stall> released = new ArrayList<>();
        for (Stall s : stalls.findAll(before.stallNos()).values()) {
            boolean stillLocked = others.stream().anyMatch(e -> e.stallNos().contains(s.no()));
            if (s.status() == StallStatus.RESERVED && !stillLocked) {
                released.add(s.withStatus(StallStatus.VACANT));
            }
        }
        stalls.update(released);
    }

    @Override
    public List<EarnestMoney> expire(LocalDate asOf) {
        return unitOfWork.inTransaction(() -> {
            LocalDate day = asOf == null ? clock.today() : asOf;
            List<EarnestMoney> expired = new ArrayList<>();
            for (EarnestMoney e : monies.lapsed(day)) {
                if (e.expire(day) instanceof EarnestOutcome.Done d) {
                    settle(e, d);
                    expired.add(d.earnestMoney());
                }
            }
            return expired;
        });
    }

    @Override
    public Optional<EarnestMoney> holding(StallNo stall) {
        return monies.onStalls(List.of(stall)).stream()
                .filter(e -> e.status() == org.mallcrm.domain.deposit.EarnestStatus.HELD).findFirst();
    }

    @Override
    public Optional<EarnestMoney> find(String depositNo) {
        return monies.find(depositNo);
    }

    @Override
    public Page<EarnestMoney> list(String cursor, int limit) {
        List<EarnestMoney> rows = monies.list(cursor == null || cursor.isBlank() ? null : cursor, limit + 1);
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<EarnestMoney> page = rows.subList(0, limit);
        return new Page<>(page, page.get(limit - 1).depositNo());
    }
}
