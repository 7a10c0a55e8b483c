package org.mallcrm.domain.exit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mallcrm.domain.deposit.SecurityDeposit;
import org.mallcrm.domain.lease.AllocationOrder;
import org.mallcrm.domain.lease.Installment;
import org.mallcrm.domain.lease.LeaseEnding;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.lease.ReceiptPolicy;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.ChargeKind;
import org.mallcrm.domain.receipt.LateFees;
import org.mallcrm.domain.receipt.LeaseAccount;
import org.mallcrm.domain.receipt.OffsetResult;
import org.mallcrm.domain.receipt.Posting;

/**
 * A relocation (调铺): the merchant moves to another stall. The old lease ends the day before the relocation day (the
 * new lease's start) and its money is carried over to the new lease. A pure function of the two accounts and
 * deposits:
 * <ol>
 * <li><b>What the old lease still bills.</b> As {@link LeaseEnding#relocation} bills with the last day
 * {@code relocationDay − 1}: installments whose period ends by then in full, none whose period starts after it, a
 * straddling one for the days used.</li>
 * <li><b>Released paid-ahead money.</b> Principal posted beyond what an installment still bills is taken off the old
 * account (its latest postings are trimmed first), and so is the credit the old account held. Late fees paid stay.
 * </li>
 * <li><b>Arrears settled.</b> What the old lease still owes — principal it still bills that is unpaid (arrears, due
 * or not: the lease ends) and late fees accrued up to its last day on the installments it still bills (on the
 * account as it was, before the release) — is paid first from the released money (source
 * {@code RELOCATION}), then from the security deposit held (source {@code DEPOSIT}), oldest installment first, in the
 * mall's allocation order. What neither covers stays owed on the old lease ({@link #stillOwed}).</li>
 * <li><b>Offset on the new lease.</b> The rest of the released money is put against the new lease's oldest
 * installments as an offset on the relocation day (source {@code RELOCATION:oldLeaseNo}), as earnest money is on
 * signing; what the new lease cannot take is refunded.</li>
 * <li><b>Deposit carried.</b> The rest of the deposit held becomes deposit received on the new lease, up to what the
 * new lease asks for; any excess is refunded. The old deposit is settled: the part used against arrears as applied,
 * the rest (carried and refunded) as paid out.</li>
 * </ol>
 * Invariant: {@code releasedPaidAhead + depositHeld = arrearsSettled + offsetOnNew + depositCarried + refund}; not a
 * fen is lost.
 */
public record Relocation(LeaseNo fromLease, LocalDate relocationDay, LeaseAccount oldAccount,
        SecurityDeposit oldDeposit, LeaseAccount newAccount, SecurityDeposit newDeposit, Money releasedPaidAhead,
        Money depositHeld, Money arrearsSettled, Money depositApplied, Money offsetOnNew, Money depositCarried,
        Money refund, Money stillOwed) {

    public Relocation {
        Objects.requireNonNull(fromLease, "fromLease");
        Objects.requireNonNull(relocationDay, "relocationDay");
    }

    /** The old lease's last day. */
    public LocalDate endsOldOn() {
        return relocationDay.minusDays(1);
    }

    /**
     * Carries the old lease over to the new one on {@code relocationDay}. The new account and deposit are as just
     * signed (earnest money may already be on them).
     */
    public static Relocation carryOver(LeaseAccount old, SecurityDeposit oldDeposit, LocalDate relocationDay,
            LeaseAccount fresh, SecurityDeposit freshDeposit, ReceiptPolicy mallPolicy) {
        // the old lease's late fees are its own (the terms it was signed with); the order of allocation the mall's
        ReceiptPolicy policy = old.lease().rules().governing(mallPolicy);
        LocalDate last = relocationDay.minusDays(1);
        // principal beyond what the ended lease still bills is released, latest postings first; with the credit held
        LeaseAccount ended = old.end(LeaseEnding.relocation(last));
        long released = ended.credit().fen();
        Map<String, Long> billed = new HashMap<>();
        for (Installment i : ended.lease().plan().installments()) {
            billed.put(key(i.seq(), ChargeKind.RENT), i.rent().fen());
            billed.put(key(i.seq(), ChargeKind.MANAGEMENT_FEE), i.managementFee().fen());
            // late fees accrue on the account as it was (money paid ahead counted), up to the last day
            Installment whole = old.lease().plan().installment(i.seq()).orElseThrow();
            billed.put(key(i.seq(), ChargeKind.LATE_FEE), LateFees.accrued(whole, old.postings(), last, policy).fen());
        }
        LeaseAccount trimmed = new LeaseAccount(ended.lease(), ended.postings(), ended.receipts(), Money.ZERO,
                ended.transfers());
        Money releasedMoney = Money.ofFen(released);
        Money owed = owed(trimmed, billed, last, policy);
        Money fromReleased = releasedMoney.min(owed);
        Money held = oldDeposit.held();
        Money fromDeposit = held.min(owed.minus(fromReleased));
        LeaseAccount settled = settle(trimmed, billed, fromReleased, last, "RELOCATION", policy);
        settled = settle(settled, billed, fromDeposit, last, "DEPOSIT", policy);
        Money stillOwed = owed.minus(fromReleased).minus(fromDeposit);

        OffsetResult offset = fresh.offset(releasedMoney.minus(fromReleased), relocationDay,
                "RELOCATION:" + old.lease().leaseNo().value());
        // the released money that did not settle the old lease left it: carried to the new one, or refunded
        settled = new LeaseAccount(settled.lease(), settled.postings(), settled.receipts(), settled.credit(),
                settled.transfers().plusCarriedOut(offset.applied()).plusRefunded(offset.left()));
        Money depositRest = held.minus(fromDeposit);
        Money carried = freshDeposit.settled() ? Money.ZERO : depositRest.min(freshDeposit.outstanding());
        Money refund = offset.left().plus(depositRest.minus(carried));
        SecurityDeposit newDeposit = carried.isPositive() ? freshDeposit.receive(carried) : freshDeposit;
        SecurityDeposit oldSettled = oldDeposit.settled() ? oldDeposit : oldDeposit.settle(fromDeposit);
        return new Relocation(old.lease().leaseNo(), relocationDay, settled, oldSettled, offset.account(),
                newDeposit, releasedMoney, held, fromReleased.plus(fromDeposit), fromDeposit, offset.applied(),
                carried, refund, stillOwed);
    }

    private static String key(int seq, ChargeKind kind) {
        return seq + ":" + kind;
    }

    private static long paid(List<Posting> postings, int seq, ChargeKind kind) {
        long fen = 0;
        for (Posting p : postings) {
            if (p.seq() == seq && p.kind() == kind) {
                fen = Math.addExact(fen, p.amount().fen());
            }
        }
        return fen;
    }

    private static Money owed(LeaseAccount account, Map<String, Long> billed, LocalDate last, ReceiptPolicy policy) {
        long fen = 0;
        for (Installment i : account.lease().plan().installments()) {
            for (ChargeKind k : List.of(ChargeKind.LATE_FEE, ChargeKind.RENT, ChargeKind.MANAGEMENT_FEE)) {
                fen = Math.addExact(fen, Math.max(0, billed.get(key(i.seq(), k)) - paid(account.postings(), i.seq(), k)));
            }
        }
        return Money.ofFen(fen);
    }

    /** Pays what the old lease still owes from {@code amount}, oldest installment first, in the mall's order. */
    private static LeaseAccount settle(LeaseAccount account, Map<String, Long> billed, Money amount, LocalDate last,
            String source, ReceiptPolicy policy) {
        long left = amount.fen();
        if (left <= 0) {
            return account;
        }
        List<Posting> postings = new ArrayList<>(account.postings());
        List<ChargeKind> order = policy.order() == AllocationOrder.LATE_FEE_FIRST
                ? List.of(ChargeKind.LATE_FEE, ChargeKind.RENT, ChargeKind.MANAGEMENT_FEE)
                : List.of(ChargeKind.RENT, ChargeKind.MANAGEMENT_FEE, ChargeKind.LATE_FEE);
        for (Installment i : account.lease().plan().installments()) {
            for (ChargeKind k : order) {
                long owed = billed.get(key(i.seq(), k)) - paid(postings, i.seq(), k);
                long take = Math.min(owed, left);
                if (take > 0) {
                    postings.add(new Posting(last, i.seq(), k, Money.ofFen(take), source));
                    left -= take;
                }
            }
        }
        if (left != 0) {
            throw new IllegalStateException("relocation: " + Money.ofFen(left) + " could not be settled");
        }
        // deposit money comes onto the account; released money was on it already
        return new LeaseAccount(account.lease(), postings, account.receipts(), account.credit(),
                "DEPOSIT".equals(source) ? account.transfers().plusOffsetIn(amount) : account.transfers());
    }
}
