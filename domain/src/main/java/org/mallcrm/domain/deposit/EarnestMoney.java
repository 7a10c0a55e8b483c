package org.mallcrm.domain.deposit;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mallcrm.domain.common.Identifiers;
import org.mallcrm.domain.lease.EarnestMoneyPolicy;
import org.mallcrm.domain.lease.EarnestOnSigning;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.LeaseAccount;
import org.mallcrm.domain.receipt.OffsetResult;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallStatus;

/**
 * Earnest money (订金 / 定金) paid to lock stalls (铺位已定) while a lease is negotiated. Immutable; every operation
 * returns a new value. Invariant, always: {@code received = offset + refunded + forfeited + converted + held}.
 * The double-return penalty the mall pays when it walks away is its own money, kept apart in {@code penaltyPaid}.
 *
 * @param lockedThrough the last day the stalls are locked ({@code heldOn + holdDays − 1})
 * @param contractValue the lease's total rent the 定金 cap is taken on; null until known
 * @param appliedTo     the lease it was applied to on signing; null until then
 */
public record EarnestMoney(String depositNo, MerchantNo merchantNo, List<StallNo> stallNos, EarnestKind kind,
        Money received, LocalDate heldOn, LocalDate lockedThrough, Money contractValue, EarnestStatus status,
        Money offset, Money refunded, Money forfeited, Money converted, Money held, Money penaltyPaid,
        LeaseNo appliedTo) {

    public EarnestMoney {
        depositNo = Identifiers.require(depositNo, "deposit number");
        Objects.requireNonNull(merchantNo, "merchantNo");
        stallNos = List.copyOf(stallNos);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(lockedThrough, "lockedThrough");
        Objects.requireNonNull(status, "status");
        for (Money m : List.of(received, offset, refunded, forfeited, converted, held, penaltyPaid)) {
            if (m.isNegative()) {
                throw new IllegalStateException("earnest money " + depositNo + " has a negative amount");
            }
        }
        if (!received.isPositive()) {
            throw new IllegalStateException("earnest money is a positive amount");
        }
        if (!received.equals(offset.plus(refunded).plus(forfeited).plus(converted).plus(held))) {
            throw new IllegalStateException("earnest money " + depositNo + ": received " + received
                    + " ≠ offset + refunded + forfeited + converted + held");
        }
    }

    /**
     * Takes earnest money and locks its stalls for the hold period. Refused: a non-positive amount, a stall that is
     * not vacant, or a stall another earnest money still locks on that day.
     *
     * @param stallStatuses the current status of each stall named
     * @param existing      the earnest money on record for these stalls
     */
    public static HoldOutcome hold(HoldRequest request, Map<StallNo, StallStatus> stallStatuses,
            Collection<EarnestMoney> existing, EarnestMoneyPolicy policy) {
        if (!request.amount().isPositive()) {
            return new HoldOutcome.Refused("earnest money must be a positive amount");
        }
        for (StallNo stall : request.stallNos()) {
            for (EarnestMoney other : existing) {
                if (other.stallNos().contains(stall) && other.locks(request.on())) {
                    return new HoldOutcome.Refused("stall " + stall + " is already locked by earnest money "
                            + other.depositNo() + " through " + other.lockedThrough());
                }
            }
            StallStatus status = stallStatuses.get(stall);
            if (status == null) {
                return new HoldOutcome.Refused("stall " + stall + " is unknown");
            }
            if (status != StallStatus.VACANT && status != StallStatus.RESERVED) {
                return new HoldOutcome.Refused("stall " + stall + " is " + status + ", not vacant");
            }
        }
        int days = request.holdDays() == null ? policy.holdDays() : request.holdDays();
        Money zero = Money.ZERO;
        return new HoldOutcome.Held(new EarnestMoney(request.depositNo(), request.merchantNo(), request.stallNos(),
                request.kind(), request.amount(), request.on(), request.on().plusDays(days - 1L),
                request.contractValue(), EarnestStatus.HELD, zero, zero, zero, zero, request.amount(), zero, null));
    }

    /** Whether it locks its stalls on {@code day}. */
    public boolean locks(LocalDate day) {
        return status == EarnestStatus.HELD && !day.isBefore(heldOn) && !day.isAfter(lockedThrough);
    }

    /** The part that counts as 定金: for {@code EARNEST}, up to the cap; nothing for a prepayment. */
    public Money earnestPart(EarnestMoneyPolicy policy) {
        if (kind == EarnestKind.PREPAYMENT || contractValue == null) {
            return Money.ZERO;
        }
        return held.min(cap(contractValue, policy));
    }

    /** The part that counts as 定金 under the law's cap (20 % of the contract value). */
    public Money earnestPart() {
        return earnestPart(new EarnestMoneyPolicy(1, EarnestMoneyPolicy.STATUTORY_EARNEST_CAP,
                org.mallcrm.domain.lease.EarnestOnSigning.OFFSET_INSTALLMENTS));
    }

    /** The 定金 cap: the policy's share of the contract value, rounded down to the fen. */
    public static Money cap(Money contractValue, EarnestMoneyPolicy policy) {
        return Money.round(contractValue.toBigDecimal().multiply(policy.earnestCapPercent().fraction()),
                RoundingMode.DOWN);
    }

    /** Records the lease's total rent, on which the 定金 cap is taken. */
    public EarnestMoney withContractValue(Money value) {
        return new EarnestMoney(depositNo, merchantNo, stallNos, kind, received, heldOn, lockedThrough, value, status,
                offset, refunded, forfeited, converted, held, penaltyPaid, appliedTo);
    }

    private EarnestMoney next(EarnestStatus s, Money addOffset, Money addRefunded, Money addForfeited,
            Money addConverted, Money addPenalty, LeaseNo lease) {
        Money newHeld = held.minus(addOffset).minus(addRefunded).minus(addForfeited).minus(addConverted);
        return new EarnestMoney(depositNo, merchantNo, stallNos, kind, received, heldOn, lockedThrough, contractValue,
                s, offset.plus(addOffset), refunded.plus(addRefunded), forfeited.plus(addForfeited),
                converted.plus(addConverted), newHeld, penaltyPaid.plus(addPenalty), lease);
    }

    private EarnestOutcome.Refused settledRefusal() {
        return new EarnestOutcome.Refused("earnest money " + depositNo + " is already " + status);
    }

    /** The hold ended: the stalls are released; the money is still held, to refund or apply. */
    public EarnestOutcome expire(LocalDate on) {
        if (status != EarnestStatus.HELD) {
            return new EarnestOutcome.Refused("earnest money " + depositNo + " is " + status + ", not held");
        }
        if (!on.isAfter(lockedThrough)) {
            return new EarnestOutcome.Refused("earnest money " + depositNo + " locks its stalls through "
                    + lockedThrough);
        }
        return new EarnestOutcome.Done(next(EarnestStatus.EXPIRED, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                Money.ZERO, appliedTo), Money.ZERO);
    }

    /** Refunds everything still held (mutual cancellation, a prepayment, the rest after signing). */
    public EarnestOutcome refund() {
        if (status.isSettled()) {
            return settledRefusal();
        }
        if (!held.isPositive()) {
            return new EarnestOutcome.Refused("earnest money " + depositNo + " has nothing left to refund");
        }
        return new EarnestOutcome.Done(next(EarnestStatus.REFUNDED, Money.ZERO, held, Money.ZERO, Money.ZERO,
                Money.ZERO, appliedTo), held);
    }

    /**
     * The merchant walks away: the 定金 (up to the cap) is forfeited, the rest refunded. A prepayment is refunded in
     * full. Refused for 定金 while the contract value is unknown.
     */
    public EarnestOutcome merchantWalksAway(EarnestMoneyPolicy policy) {
        if (status.isSettled() || status == EarnestStatus.APPLIED) {
            return settledRefusal();
        }
        if (kind == EarnestKind.PREPAYMENT) {
            return refund();
        }
        if (contractValue == null) {
            return new EarnestOutcome.Refused("the contract value of " + depositNo
                    + " is not known, so the 定金 cap cannot be taken");
        }
        Money earnest = earnestPart(policy);
        Money excess = held.minus(earnest);
        return new EarnestOutcome.Done(next(EarnestStatus.FORFEITED, Money.ZERO, excess, earnest, Money.ZERO,
                Money.ZERO, appliedTo), excess);
    }

    /** {@code deposits forfeit}: the same as {@link #merchantWalksAway}. */
    public EarnestOutcome forfeit(EarnestMoneyPolicy policy) {
        return merchantWalksAway(policy);
    }

    /**
     * The mall walks away: it returns double the 定金 plus the excess. A prepayment is refunded in full.
     */
    public EarnestOutcome mallWalksAway(EarnestMoneyPolicy policy) {
        if (status.isSettled() || status == EarnestStatus.APPLIED) {
            return settledRefusal();
        }
        if (kind == EarnestKind.PREPAYMENT) {
            return refund();
        }
        if (contractValue == null) {
            return new EarnestOutcome.Refused("the contract value of " + depositNo
                    + " is not known, so the 定金 cap cannot be taken");
        }
        Money earnest = earnestPart(policy);
        Money payBack = held.plus(earnest);
        return new EarnestOutcome.Done(next(EarnestStatus.DOUBLE_RETURNED, Money.ZERO, held, Money.ZERO, Money.ZERO,
                earnest, appliedTo), payBack);
    }

    /**
     * The lease is signed: by policy the money offsets the lease's oldest installments (what they cannot take stays
     * held, to refund) or is converted into security deposit ({@link SigningOutcome#convertedToDeposit()}).
     * Refused for another merchant's lease or money already settled.
     */
    public SigningOutcome applyOnSigning(LeaseAccount account, LocalDate on, EarnestMoneyPolicy policy) {
        if (status.isSettled() || status == EarnestStatus.APPLIED) {
            return new SigningOutcome.Refused("earnest money " + depositNo + " is already " + status);
        }
        if (!account.lease().merchantNo().equals(merchantNo)) {
            return new SigningOutcome.Refused("lease " + account.lease().leaseNo() + " is not merchant "
                    + merchantNo + "'s");
        }
        LeaseNo lease = account.lease().leaseNo();
        if (policy.onSigning() == EarnestOnSigning.CONVERT_TO_SECURITY_DEPOSIT) {
            EarnestMoney after = next(EarnestStatus.APPLIED, Money.ZERO, Money.ZERO, Money.ZERO, held, Money.ZERO,
                    lease);
            return new SigningOutcome.Applied(after, account, held);
        }
        OffsetResult result = account.offset(held, on, "EARNEST:" + depositNo);
        EarnestMoney after = next(EarnestStatus.APPLIED, result.applied(), Money.ZERO, Money.ZERO, Money.ZERO,
                Money.ZERO, lease);
        return new SigningOutcome.Applied(after, result.account(), Money.ZERO);
    }
}
