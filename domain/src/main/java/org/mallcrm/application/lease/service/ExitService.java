package org.mallcrm.application.lease.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.common.service.Bounds;
import org.mallcrm.application.lease.port.in.ExitUseCases;
import org.mallcrm.application.lease.port.out.ExitRequests;
import org.mallcrm.application.lease.port.out.Leases;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.application.settings.port.out.CurrentSettings;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.domain.exit.ExitOutcome;
import org.mallcrm.domain.exit.ExitRequest;
import org.mallcrm.domain.exit.ExitStatus;
import org.mallcrm.domain.exit.SettlementStatement;
import org.mallcrm.domain.lease.LeaseEnding;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.lease.LeasingPolicy;
import org.mallcrm.domain.merchant.AdvanceOutcome;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.LeaseAccount;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallStatus;

/**
 * Exit requests. Requesting moves the merchant to EXITING (when its pipeline allows); settling draws up the
 * statement, settles the security deposit (the part kept is offset against the arrears), ends the lease on the exit
 * day, frees its stalls and moves the merchant to EXITED when it has no other running lease. Withdrawing an exit
 * moves an EXITING merchant back to OPERATING.
 */
public final class ExitService implements ExitUseCases {

    /** More leases than one merchant ever has. */
    private static final int ALL_LEASES = 10_000;

    private final ExitRequests exits;
    private final Leases leases;
    private final Stalls stalls;
    private final Merchants merchants;
    private final CurrentSettings settings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ExitService(ExitRequests exits, Leases leases, Stalls stalls, Merchants merchants, CurrentSettings settings,
            UnitOfWork unitOfWork, Clock clock) {
        this.exits = exits;
        this.leases = leases;
        this.stalls = stalls;
        this.merchants = merchants;
        this.settings = settings;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Outcome<ExitRequest> request(Request c) {
        Outcome<ExitRequest> outOfBounds = Bounds.check().date("exit_on", c.exitOn()).date("requested_on",
                c.requestedOn()).outcome();
        if (outOfBounds != null) {
            return outOfBounds;
        }
        return unitOfWork.inTransaction(() -> {
            Optional<LeaseRecord> lease = leases.find(c.leaseNo());
            if (lease.isEmpty()) {
                return Outcome.notFound("lease " + c.leaseNo());
            }
            if (lease.get().terminatedOn() != null) {
                return Outcome.refused("lease-ended", "lease " + c.leaseNo() + " already ended on " + lease.get().terminatedOn());
            }
            LocalDate requestedOn = c.requestedOn() == null ? clock.today() : c.requestedOn();
            var terms = lease.get().account().lease().terms();
            if (c.exitOn().isBefore(terms.start()) || c.exitOn().isAfter(terms.end())) {
                return Outcome.invalid("exit_on", c.exitOn().toString(), "is not inside the lease " + terms.start()
                        + ".." + terms.end());
            }
            boolean open = exits.ofLease(c.leaseNo()).stream().anyMatch(e -> e.status() == ExitStatus.REQUESTED
                    || e.status() == ExitStatus.APPROVED);
            if (open) {
                return Outcome.refused("exit-open", "lease " + c.leaseNo() + " already has an open exit request");
            }
            String no = c.exitNo() == null || c.exitNo().isBlank() ? exits.nextNumber() : c.exitNo().strip();
            if (exits.find(no).isPresent()) {
                return Outcome.refused("exit-exists", "exit request " + no + " already exists");
            }
            ExitRequest r = ExitRequest.request(no, lease.get().account().lease(), c.type(), c.initiator(),
                    requestedOn, c.exitOn(), c.reason());
            exits.insert(r);
            if (!hasOtherRunningLease(r)) {
                moveMerchant(r, Stage.EXITING, requestedOn);
            }
            return Outcome.done(r);
        }, o -> !o.isDone());
    }

    @Override
    public Outcome<ExitRequest> approve(String exitNo) {
        return move(exitNo, ExitRequest::approve);
    }

    @Override
    public Outcome<ExitRequest> withdraw(String exitNo) {
        Outcome<ExitRequest> o = move(exitNo, ExitRequest::withdraw);
        if (o instanceof Outcome.Done<ExitRequest> d) {
            unitOfWork.run(() -> merchants.find(d.value().merchantNo()).ifPresent(m -> {
                if (m.stage() == Stage.EXITING) {
                    moveMerchant(d.value(), Stage.OPERATING, clock.today());
                }
            }));
        }
        return o;
    }

    @Override
    public Outcome<ExitRequest> settle(String exitNo, Money damages) {
        Money dmg = damages == null ? Money.ZERO : damages;
        if (dmg.isNegative()) {
            return Outcome.invalid("damages", dmg.toString(), "cannot be negative");
        }
        Outcome<ExitRequest> outOfBounds = Bounds.check().amount("damages", dmg).outcome();
        if (outOfBounds != null) {
            return outOfBounds;
        }
        return unitOfWork.inTransaction(() -> {
            Optional<ExitRequest> found = exits.find(exitNo);
            if (found.isEmpty()) {
                return Outcome.notFound("exit request " + exitNo);
            }
            ExitRequest request = found.get();
            LeaseRecord lease = leases.find(request.leaseNo()).orElseThrow();
            LeasingPolicy policy = settings.current().leasingPolicy();
            // the lease bills nothing due after the exit day: principal paid ahead on it comes back as credit
            LeaseEnding ending = LeaseEnding.exit(request.exitOn());
            LeaseAccount ended = lease.account().end(ending);
            SettlementStatement statement = SettlementStatement.of(ended, lease.deposit(),
                    request.exitOn(), dmg, policy.schedule(), policy.receipts());
            return switch (request.settle(statement)) {
                case ExitOutcome.Refused r -> Outcome.refused("exit-wrong-state", r.reason());
                case ExitOutcome.Moved m -> {
                    exits.update(m.request());
                    // the credit pays what is due by the exit day, then the damages; the rest of it is refunded
                    var account = ended.settleAtExit(request.exitOn(), dmg, policy.receipts()).account();
                    Money kept = statement.depositApplied();
                    // the part of the deposit kept pays the arrears the credit did not cover; the rest of it
                    // answers for late fees and damages
                    Money arrearsLeft = account.arrears(request.exitOn(), policy.schedule(), policy.receipts());
                    Money againstArrears = kept.min(arrearsLeft);
                    if (againstArrears.isPositive()) {
                        account = account.offset(againstArrears, request.exitOn(), "DEPOSIT").account();
                    }
                    LeaseRecord closed = new LeaseRecord(account, lease.deposit().settle(kept), ending);
                    leases.update(closed);
                    List<Stall> freed = new ArrayList<>();
                    for (Stall s : stalls.findAll(request.stallNos()).values()) {
                        if (s.status() == StallStatus.LEASED && leases.occupying(s.no(), request.exitOn().plusDays(1),
                                request.exitOn().plusDays(1)).isEmpty()) {
                            freed.add(s.withStatus(StallStatus.VACANT));
                        }
                    }
                    stalls.update(freed);
                    if (!hasOtherRunningLease(request)) {
                        moveMerchant(request, Stage.EXITED, request.exitOn());
                    }
                    yield Outcome.done(m.request());
                }
            };
        }, o -> !o.isDone());
    }

    /** Whether the merchant keeps another lease running past the exit day (then it stays in the mall). */
    private boolean hasOtherRunningLease(ExitRequest r) {
        return leases.list(r.merchantNo(), null, ALL_LEASES).stream()
                .anyMatch(l -> l.terminatedOn() == null && !l.account().lease().leaseNo().equals(r.leaseNo())
                        && l.account().lease().terms().end().isAfter(r.exitOn()));
    }

    private Outcome<ExitRequest> move(String exitNo, Function<ExitRequest, ExitOutcome> step) {
        return unitOfWork.inTransaction(() -> {
            Optional<ExitRequest> found = exits.find(exitNo);
            if (found.isEmpty()) {
                return Outcome.notFound("exit request " + exitNo);
            }
            return switch (step.apply(found.get())) {
                case ExitOutcome.Refused r -> Outcome.refused("exit-wrong-state", r.reason());
                case ExitOutcome.Moved m -> {
                    exits.update(m.request());
                    yield Outcome.done(m.request());
                }
            };
        }, o -> !o.isDone());
    }

    /** Moves the merchant along when its pipeline allows it; a move it refuses is left out. */
    private void moveMerchant(ExitRequest r, Stage to, LocalDate on) {
        merchants.find(r.merchantNo()).ifPresent(m -> {
            LocalDate day = on.isBefore(m.currentStage().enteredOn()) ? m.currentStage().enteredOn() : on;
            if (m.stage() != to && m.advance(to, day) instanceof AdvanceOutcome.Advanced a) {
                merchants.update(List.of(a.merchant()));
            }
        });
    }

    @Override
    public Optional<ExitRequest> find(String exitNo) {
        return exits.find(exitNo);
    }

    @Override
    public List<ExitRequest> ofLease(LeaseNo lease) {
        return exits.ofLease(lease);
    }

    @Override
    public Page<ExitRequest> list(String cursor, int limit) {
        List<ExitRequest> rows = exits.list(cursor == null || cursor.isBlank() ? null : cursor, limit + 1);
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<ExitRequest> page = rows.subList(0, limit);
        return new Page<>(page, page.get(limit - 1).exitNo());
    }
}
