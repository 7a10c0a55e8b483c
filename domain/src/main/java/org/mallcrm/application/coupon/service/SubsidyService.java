package org.mallcrm.application.coupon.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.coupon.port.in.SubsidyUseCases;
import org.mallcrm.application.coupon.port.out.Coupons;
import org.mallcrm.application.coupon.port.out.SubsidyStatements;
import org.mallcrm.application.lease.port.out.Leases;
import org.mallcrm.domain.coupon.ClosedSubsidyStatement;
import org.mallcrm.domain.coupon.DraftSubsidyStatement;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.coupon.RentOffset;
import org.mallcrm.domain.coupon.SettlementMethod;
import org.mallcrm.domain.coupon.SettlementPolicy;
import org.mallcrm.domain.coupon.SubsidyAdjustment;
import org.mallcrm.domain.coupon.SubsidyStatement;
import org.mallcrm.domain.lease.Installment;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.Receipt;
import org.mallcrm.domain.receipt.ReceiptOutcome;

/**
 * Subsidy statements (营销补差). Closing takes the merchant's month lock (so no reversal slips in between reading and
 * storing), stores the statement as it stands and settles it by the mall's setting: paid out (recorded as such),
 * or offset on rent: the total goes on the merchant's live lease whose next installment falls due first, as a
 * non-cash receipt ({@code SUB-<month>-<merchant>}, method {@code SUBSIDY_OFFSET}) applied to the installments not
 * yet due, the rest held as credit. A total of zero or less is not offset (a negative total is the merchant's to
 * repay).
 */
public final class SubsidyService implements SubsidyUseCases {

    /** The method of the receipt a rent offset is recorded as. */
    public static final String OFFSET_METHOD = "SUBSIDY_OFFSET";

    private static final int MAX_LEASES = 1000;

    private final Coupons coupons;
    private final SubsidyStatements statements;
    private final Leases leases;
    private final Supplier<SettlementPolicy> policy;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    /** @param policy the mall's settlement setting, read at every close */
    public SubsidyService(Coupons coupons, SubsidyStatements statements, Leases leases,
            Supplier<SettlementPolicy> policy, UnitOfWork unitOfWork, Clock clock) {
        this.coupons = coupons;
        this.statements = statements;
        this.leases = leases;
        this.policy = policy;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public SubsidyStatement statement(MerchantNo merchant, YearMonth month) {
        Optional<ClosedSubsidyStatement> closed = statements.findClosed(merchant, month);
        if (closed.isPresent()) {
            return closed.get();
        }
        return draft(merchant, month);
    }

    @Override
    public List<SubsidyStatement> statementsOf(YearMonth month) {
        // three reads for the whole month, not three per merchant
        Map<MerchantNo, SubsidyStatement> byMerchant = new TreeMap<>(
                Comparator.comparing(MerchantNo::value));
        for (ClosedSubsidyStatement c : statements.closedIn(month)) {
            byMerchant.put(c.merchant(), c);
        }
        Map<MerchantNo, List<Redemption>> redeemed = new HashMap<>();
        for (var r : coupons.redemptionsIn(month)) {
            redeemed.computeIfAbsent(r.merchant(), m -> new ArrayList<>()).add(r);
        }
        Map<MerchantNo, List<SubsidyAdjustment>> posted = new HashMap<>();
        for (var a : statements.postedIn(month)) {
            posted.computeIfAbsent(a.merchant(), m -> new ArrayList<>()).add(a);
        }
        Set<MerchantNo> drafts = new HashSet<>(redeemed.keySet());
        drafts.addAll(posted.keySet());
        for (MerchantNo m : drafts) {
            if (!byMerchant.containsKey(m)) {
                DraftSubsidyStatement d = DraftSubsidyStatement.of(m, month, redeemed.getOrDefault(m, List.of()),
                        posted.getOrDefault(m, List.of()));
                if (!d.lines().isEmpty() || !d.adjustments().isEmpty()) {
                    byMerchant.put(m, d);
                }
            }
        }
        return List.copyOf(byMerchant.values());
    }

    private DraftSubsidyStatement draft(MerchantNo merchant, YearMonth month) {
        return DraftSubsidyStatement.of(merchant, month, coupons.redemptionsOf(merchant, month),
                statements.postedOn(merchant, month));
    }

    @Override
    public SubsidyCloseOutcome close(MerchantNo merchant, YearMonth month, Optional<SettlementMethod> settle) {
        LocalDate today = clock.today();
        if (!month.atEndOfMonth().isBefore(today)) {
            return new SubsidyCloseOutcome.Refused(month + " has not ended (today is " + today
                    + "); a month is closed from the 1st of the next", SubsidyCloseOutcome.Refused.MONTH_OPEN);
        }
        SettlementMethod method = settle.orElseGet(() -> policy.get().method());
        // anything but a closed statement rolls back what an offset wrote
        return unitOfWork.inTransaction(() -> {
            statements.lock(merchant, month);
            Optional<ClosedSubsidyStatement> closed = statements.findClosed(merchant, month);
            if (closed.isPresent()) {
                return new SubsidyCloseOutcome.AlreadyClosed(closed.get());
            }
            DraftSubsidyStatement draft = draft(merchant, month);
            Optional<RentOffset> offset = Optional.empty();
            if (method == SettlementMethod.OFFSET_RENT && draft.total().isPositive()) {
                OffsetStep step = offset(merchant, month, draft.total(), today);
                if (step.refused() != null) {
                    return new SubsidyCloseOutcome.Refused(step.refused(), step.code());
                }
                offset = Optional.of(step.offset());
            }
            ClosedSubsidyStatement statement = draft.close(clock.now(), method, offset);
            if (!statements.insertClosed(statement)) {
                return new SubsidyCloseOutcome.AlreadyClosed(statements.findClosed(merchant, month).orElseThrow());
            }
            return new SubsidyCloseOutcome.Closed(statement);
        }, outcome -> !(outcome instanceof SubsidyCloseOutcome.Closed));
    }

    private record OffsetStep(RentOffset offset, String refused, String code) {
    }

    private record Candidate(Leases.LeaseRecord lease, LocalDate nextDue) {
    }

    /** Puts the total on the live lease whose next installment is due first. */
    private OffsetStep offset(MerchantNo merchant, YearMonth month, Money total, LocalDate today) {
        Optional<Candidate> target = leases.list(merchant, null, MAX_LEASES).stream()
                .filter(r -> !r.account().lease().terms().start().isAfter(today) && !r.occupiedThrough().isBefore(today))
                .map(r -> new Candidate(r, r.account().lease().plan().installments().stream()
                        .map(Installment::dueOn).filter(d -> d.isAfter(today)).min(Comparator.naturalOrder())
                        .orElse(LocalDate.MAX)))
                .min(Comparator.comparing(Candidate::nextDue)
                        .thenComparing(c -> c.lease().account().lease().leaseNo()));
        if (target.isEmpty()) {
            return new OffsetStep(null, "merchant " + merchant + " holds no live lease to offset the subsidy of "
                    + month + " on; settle it by paying out", SubsidyCloseOutcome.Refused.NO_LIVE_LEASE);
        }
        Leases.LeaseRecord record = target.get().lease();
        Receipt receipt = new Receipt(receiptNo(merchant, month), record.account().lease().leaseNo(), today, total,
                OFFSET_METHOD);
        return switch (record.account().receiveOffset(receipt)) {
            case ReceiptOutcome.Refused r -> new OffsetStep(null, r.reason(),
                    SubsidyCloseOutcome.Refused.OFFSET_REFUSED);
            case ReceiptOutcome.Recorded r -> {
                leases.update(record.withAccount(r.account()));
                yield new OffsetStep(new RentOffset(record.account().lease().leaseNo(), receipt.receiptNo(), total,
                        r.allocation().allocated(), r.allocation().credit()), null, null);
            }
        };
    }

    /** {@code SUB-2026-10-M-0001}; shortened for merchant numbers too long for a receipt number. */
    static String receiptNo(MerchantNo merchant, YearMonth month) {
        String no = "SUB-" + month + "-" + merchant.value();
        return no.length() <= 40 ? no : "SUB-" + month + "-" + Integer.toHexString(merchant.value().hashCode());
    }

    @Override
    public List<ClosedSubsidyStatement> closed(MerchantNo merchant) {
        return statements.listClosed(merchant);
    }
}
