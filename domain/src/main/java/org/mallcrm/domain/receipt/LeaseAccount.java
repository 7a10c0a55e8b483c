package org.mallcrm.domain.receipt;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mallcrm.domain.lease.AllocationOrder;
import org.mallcrm.domain.lease.AmendOutcome;
import org.mallcrm.domain.lease.Installment;
import org.mallcrm.domain.lease.Lease;
import org.mallcrm.domain.lease.LeaseAmendment;
import org.mallcrm.domain.lease.LeaseEnding;
import org.mallcrm.domain.lease.ReceiptPolicy;
import org.mallcrm.domain.lease.SchedulePolicy;
import org.mallcrm.domain.money.Money;

/**
 * A lease's account (应收台账): its plan, every posting of money against its installments, the receipts taken, the
 * credit held (money received beyond what was due and not applied), and the money moved on or off it otherwise
 * ({@link AccountTransfers}). Immutable; each operation returns a new account. Postings never exceed what an
 * installment bills, and never go back in time.
 *
 * <p>Its books always close: {@code received + offsets in = allocated + held + paid out}, that is
 * {@code Σ receipts + transfers.offsetsIn = Σ postings + credit + transfers.refunded + transfers.toDamages +
 * transfers.carriedOut} ({@link #balanced()}).
 */
public record LeaseAccount(Lease lease, List<Posting> postings, List<Receipt> receipts, Money credit,
        AccountTransfers transfers) {

    public LeaseAccount {
        Objects.requireNonNull(lease, "lease");
        postings = List.copyOf(postings);
        receipts = List.copyOf(receipts);
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(transfers, "transfers");
        if (credit.isNegative()) {
            throw new IllegalArgumentException("credit cannot be negative");
        }
        for (Installment i : lease.plan().installments()) {
            if (paid(postings, i.seq(), ChargeKind.RENT).isGreaterThan(i.rent())
                    || paid(postings, i.seq(), ChargeKind.MANAGEMENT_FEE).isGreaterThan(i.managementFee())) {
                throw new IllegalStateException("installment " + i.seq() + " is paid beyond what it bills");
            }
        }
    }

    /** A new lease's account: nothing paid. */
    public static LeaseAccount open(Lease lease) {
        return new LeaseAccount(lease, List.of(), List.of(), Money.ZERO, AccountTransfers.NONE);
    }

    /** Money received by receipts. */
    public Money received() {
        return Money.sum(receipts.stream().map(Receipt::amount).toList());
    }

    /** Money put against the installments' charges, from any source. */
    public Money allocated() {
        return Money.sum(postings.stream().map(Posting::amount).toList());
    }

    /**
     * Whether the books close: what came in (receipts, offsets) is what went to the charges, what is held as credit
     * and what was paid out (refunded, kept for damages, carried to another lease).
     */
    public boolean balanced() {
        return received().plus(transfers.offsetsIn())
                .equals(allocated().plus(credit).plus(transfers.paidOut()));
    }

    /** What the account holds for the merchant: its credit. */
    public Money held() {
        return credit;
    }

    /** The same postings on another version of the lease (after an amendment). */
    public LeaseAccount withLease(Lease amended) {
        return new LeaseAccount(amended, postings, receipts, credit, transfers);
    }

    private static Money paid(List<Posting> postings, int seq, ChargeKind kind) {
        long fen = 0;
        for (Posting p : postings) {
            if (p.seq() == seq && p.kind() == kind) {
                fen = Math.addExact(fen, p.amount().fen());
            }
        }
        return Money.ofFen(fen);
    }

    private static Money paidThrough(List<Posting> postings, int seq, ChargeKind kind, LocalDate through) {
        long fen = 0;
        for (Posting p : postings) {
            if (p.seq() == seq && p.kind() == kind && !p.on().isAfter(through)) {
                fen = Math.addExact(fen, p.amount().fen());
            }
        }
        return Money.ofFen(fen);
    }

    private LocalDate lastPostingDay() {
        LocalDate last = null;
        for (Posting p : postings) {
            if (last == null || p.on().isAfter(last)) {
                last = p.on();
            }
        }
        for (Receipt r : receipts) {
            if (last == null || r.receivedOn().isAfter(last)) {
                last = r.receivedOn();
            }
        }
        return last;
    }

    /** Installment numbers with any money on them. */
    public Set<Integer> seqsWithPayments() {
        Set<Integer> seqs = new HashSet<>();
        postings.forEach(p -> seqs.add(p.seq()));
        return seqs;
    }

    /**
     * Allocates a receipt: installments due on or before the receipt day, oldest due first, each its unpaid late
     * fee then rent then management fee (or principal first, by policy). What is left goes to the next installments'
     * principal when {@code autoApplyCredit} is on, and is otherwise held as credit. Refused: another lease's
     * receipt, a receipt number already recorded, a receipt dated before money already posted.
     */
    public ReceiptOutcome receive(Receipt receipt, ReceiptPolicy mallPolicy) {
        ReceiptPolicy policy = lease.rules().governing(mallPolicy);
        ReceiptOutcome.Refused refused = refusal(receipt);
        if (refused != null) {
            return refused;
        }
        List<Posting> newPostings = new ArrayList<>(postings);
        List<AllocationLine> lines = new ArrayList<>();
        Money left = allocateDue(receipt.amount(), receipt.receivedOn(), receipt.receiptNo(), policy, newPostings,
                lines);
        if (policy.autoApplyCredit()) {
            left = allocatePrincipal(left, receipt.receivedOn(), receipt.receiptNo(), newPostings, lines, true);
        }
        List<Receipt> newReceipts = new ArrayList<>(receipts);
        newReceipts.add(receipt);
        LeaseAccount updated = new LeaseAccount(lease, newPostings, newReceipts, credit.plus(left), transfers);
        return new ReceiptOutcome.Recorded(updated,
                new ReceiptAllocation(receipt.receiptNo(), receipt.amount(), lines, left));
    }

    /** Why a receipt cannot be recorded on this account, or null. */
    private ReceiptOutcome.Refused refusal(Receipt receipt) {
        if (!receipt.leaseNo().equals(lease.leaseNo())) {
            return new ReceiptOutcome.Refused("receipt " + receipt.receiptNo() + " is for lease " + receipt.leaseNo()
                    + ", not " + lease.leaseNo());
        }
        if (receipts.stream().anyMatch(r -> r.receiptNo().equals(receipt.receiptNo()))) {
            return new ReceiptOutcome.Refused("receipt " + receipt.receiptNo() + " is already recorded");
        }
        LocalDate last = lastPostingDay();
        if (last != null && receipt.receivedOn().isBefore(last)) {
            return new ReceiptOutcome.Refused("receipt " + receipt.receiptNo() + " is dated " + receipt.receivedOn()
                    + ", before money already posted on " + last);
        }
        return null;
    }

    /**
     * Records money the mall owes the merchant as a non-cash receipt on this lease (a subsidy statement offset on
     * rent, 营销补差抵扣): it goes to the principal of the next installments, those not yet due on its day, oldest
     * first, and what is left is held as credit. It is a receipt like any other, so received = allocated + held
     * still holds. Refused like {@link #receive}.
     */
    public ReceiptOutcome receiveOffset(Receipt receipt) {
        ReceiptOutcome.Refused refused = refusal(receipt);
        if (refused != null) {
            return refused;
        }
        List<Posting> newPostings = new ArrayList<>(postings);
        List<AllocationLine> lines = new ArrayList<>();
        Money left = allocatePrincipal(receipt.amount(), receipt.receivedOn(), receipt.receiptNo(), newPostings, lines,
                true);
        List<Receipt> newReceipts = new ArrayList<>(receipts);
        newReceipts.add(receipt);
        LeaseAccount updated = new LeaseAccount(lease, newPostings, newReceipts, credit.plus(left), transfers);
        return new ReceiptOutcome.Recorded(updated,
                new ReceiptAllocation(receipt.receiptNo(), receipt.amount(), lines, left));
    }

    /**
     * Applies the credit held to what is due on {@code on} (late fees and principal, as a receipt would), then to the
     * next installments' principal.
     */
    public OffsetResult applyCredit(LocalDate on, ReceiptPolicy mallPolicy) {
        ReceiptPolicy policy = lease.rules().governing(mallPolicy);
        List<Posting> newPostings = new ArrayList<>(postings);
        List<AllocationLine> lines = new ArrayList<>();
        Money left = allocateDue(credit, on, "CREDIT", policy, newPostings, lines);
        left = allocatePrincipal(left, on, "CREDIT", newPostings, lines, true);
        LeaseAccount updated = new LeaseAccount(lease, newPostings, receipts, left, transfers);
        return new OffsetResult(updated, lines, credit.minus(left), left);
    }

    /**
     * Offsets {@code amount} (earnest money, a deposit) against the oldest installments' principal, due or not, on
     * {@code on}; returns what was applied and what is left.
     */
    public OffsetResult offset(Money amount, LocalDate on, String source) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("an offset cannot be negative");
        }
        List<Posting> newPostings = new ArrayList<>(postings);
        List<AllocationLine> lines = new ArrayList<>();
        Money left = allocatePrincipal(amount, on, source, newPostings, lines, false);
        LeaseAccount updated = new LeaseAccount(lease, newPostings, receipts, credit,
                transfers.plusOffsetIn(amount.minus(left)));
        return new OffsetResult(updated, lines, amount.minus(left), left);
    }

    /**
     * The account of the lease ended by {@code ending}: its plan cut to what the ended lease still bills, and the
     * principal posted beyond that (paid ahead on installments it no longer bills) taken off its postings, the
     * latest first, and held as credit for the merchant. Late fees paid stay. Ending an account that already ended
     * the same way changes nothing.
     */
    public LeaseAccount end(LeaseEnding ending) {
        Lease cut = lease.endedBy(ending);
        Map<String, Long> billed = new HashMap<>();
        for (Installment i : cut.plan().installments()) {
            billed.put(i.seq() + ":" + ChargeKind.RENT, i.rent().fen());
            billed.put(i.seq() + ":" + ChargeKind.MANAGEMENT_FEE, i.managementFee().fen());
        }
        Map<String, Long> paid = new HashMap<>();
        for (Posting p : postings) {
            if (p.isPrincipal()) {
                paid.merge(p.seq() + ":" + p.kind(), p.amount().fen(), Long::sum);
            }
        }
        List<Posting> kept = new ArrayList<>(postings);
        long released = 0;
        for (int k = kept.size() - 1; k >= 0; k--) {
            Posting p = kept.get(k);
            if (!p.isPrincipal()) {
                continue;
            }
            String key = p.seq() + ":" + p.kind();
            long excess = paid.get(key) - billed.getOrDefault(key, 0L);
            if (excess <= 0) {
                continue;
            }
            long cutFen = Math.min(excess, p.amount().fen());
            released = Math.addExact(released, cutFen);
            paid.merge(key, -cutFen, Long::sum);
            if (cutFen == p.amount().fen()) {
                kept.remove(k);
            } else {
                kept.set(k, new Posting(p.on(), p.seq(), p.kind(), p.amount().minus(Money.ofFen(cutFen)),
                        p.source()));
            }
        }
        return new LeaseAccount(cut, kept, receipts, credit.plus(Money.ofFen(released)), transfers);
    }

    /** What settling the account at exit did with its credit. */
    public record ExitSettlement(LeaseAccount account, Money toCharges, Money toDamages, Money refunded) {
    }

    /**
     * Settles the credit at exit on {@code exitOn}: it pays what is due by then (late fees and principal, as a
     * receipt would), then up to {@code damages}, and the rest is refunded to the merchant. The account holds no
     * credit afterwards.
     */
    public ExitSettlement settleAtExit(LocalDate exitOn, Money damages, ReceiptPolicy policy) {
        if (damages.isNegative()) {
            throw new IllegalArgumentException("damages cannot be negative");
        }
        List<Posting> newPostings = new ArrayList<>(postings);
        Money left = allocateDue(credit, exitOn, "CREDIT", policy, newPostings, new ArrayList<>());
        Money toDamages = left.min(damages);
        Money refunded = left.minus(toDamages);
        LeaseAccount settled = new LeaseAccount(lease, newPostings, receipts, Money.ZERO,
                transfers.plusToDamages(toDamages).plusRefunded(refunded));
        return new ExitSettlement(settled, credit.minus(left), toDamages, refunded);
    }

    private Money allocateDue(Money amount, LocalDate on, String source, ReceiptPolicy policy,
            List<Posting> newPostings, List<AllocationLine> lines) {
        Money left = amount;
        for (Installment i : lease.plan().installments()) {
            if (!left.isPositive()) {
                break;
            }
            if (i.dueOn().isAfter(on)) {
                continue;
            }
            Money lateFee = unpaidLateFee(i, newPostings, on, policy);
            Money rent = i.rent().minus(paid(newPostings, i.seq(), ChargeKind.RENT));
            Money fee = i.managementFee().minus(paid(newPostings, i.seq(), ChargeKind.MANAGEMENT_FEE));
            List<ChargeKind> order = policy.order() == AllocationOrder.LATE_FEE_FIRST
                    ? List.of(ChargeKind.LATE_FEE, ChargeKind.RENT, ChargeKind.MANAGEMENT_FEE)
                    : List.of(ChargeKind.RENT, ChargeKind.MANAGEMENT_FEE, ChargeKind.LATE_FEE);
            for (ChargeKind kind : order) {
                Money owed = switch (kind) {
                    case LATE_FEE -> lateFee;
                    case RENT -> rent;
                    case MANAGEMENT_FEE -> fee;
                };
                left = post(i.seq(), kind, owed, left, on, source, newPostings, lines);
            }
        }
        return left;
    }

    private Money allocatePrincipal(Money amount, LocalDate on, String source, List<Posting> newPostings,
            List<AllocationLine> lines, boolean onlyNotYetDue) {
        Money left = amount;
        for (Installment i : lease.plan().installments()) {
            if (!left.isPositive()) {
                break;
            }
            if (onlyNotYetDue && !i.dueOn().isAfter(on)) {
                continue;
            }
            left = post(i.seq(), ChargeKind.RENT, i.rent().minus(paid(newPostings, i.seq(), ChargeKind.RENT)), left, on,
                    source, newPostings, lines);
            left = post(i.seq(), ChargeKind.MANAGEMENT_FEE,
                    i.managementFee().minus(paid(newPostings, i.seq(), ChargeKind.MANAGEMENT_FEE)), left, on, source,
                    newPostings, lines);
        }
        return left;
    }

    private static Money post(int seq, ChargeKind kind, Money owed, Money available, LocalDate on, String source,
            List<Posting> newPostings, List<AllocationLine> lines) {
        Money take = owed.min(available);
        if (!take.isPositive()) {
            return available;
        }
        newPostings.add(new Posting(on, seq, kind, take, source));
        lines.add(new AllocationLine(seq, kind, take));
        return available.minus(take);
    }

    private static Money unpaidLateFee(Installment i, List<Posting> postings, LocalDate asOf, ReceiptPolicy policy) {
        Money accrued = LateFees.accrued(i, postings, asOf, policy);
        Money unpaid = accrued.minus(paidThrough(postings, i.seq(), ChargeKind.LATE_FEE, asOf));
        return unpaid.isNegative() ? Money.ZERO : unpaid;
    }

    /** One installment as of a day. */
    public InstallmentView view(Installment i, LocalDate asOf, SchedulePolicy schedule, ReceiptPolicy mallPolicy) {
        ReceiptPolicy policy = lease.rules().governing(mallPolicy);
        Money paid = paidThrough(postings, i.seq(), ChargeKind.RENT, asOf)
                .plus(paidThrough(postings, i.seq(), ChargeKind.MANAGEMENT_FEE, asOf));
        Money outstanding = i.amount().minus(paid);
        Money lateFeePaid = paidThrough(postings, i.seq(), ChargeKind.LATE_FEE, asOf);
        Money lateFee = unpaidLateFee(i, postings, asOf, policy);
        long daysOverdue = outstanding.isPositive() && asOf.isAfter(i.dueOn())
                ? ChronoUnit.DAYS.between(i.dueOn(), asOf) : 0;
        InstallmentStatus status;
        if (!outstanding.isPositive()) {
            status = i.amount().isPositive() || !asOf.isBefore(i.dueOn()) ? InstallmentStatus.PAID
                    : InstallmentStatus.SCHEDULED;
        } else if (asOf.isAfter(i.dueOn())) {
            status = InstallmentStatus.OVERDUE;
        } else if (paid.isPositive()) {
            status = InstallmentStatus.PARTLY_PAID;
        } else if (!asOf.isBefore(i.reminderOn())) {
            status = InstallmentStatus.DUE;
        } else {
            status = InstallmentStatus.SCHEDULED;
        }
        return new InstallmentView(i, paid, outstanding, lateFee, lateFeePaid, daysOverdue, status);
    }

    /** The schedule as of a day: every installment with what is paid, outstanding, late fee and status. */
    public ScheduleView schedule(LocalDate asOf, SchedulePolicy schedule, ReceiptPolicy policy) {
        List<InstallmentView> views = lease.plan().installments().stream().map(i -> view(i, asOf, schedule, policy))
                .toList();
        return new ScheduleView(lease.leaseNo(), lease.monthlyRent(), lease.total(), credit, views);
    }

    /**
     * Reminders (催缴) as of a day: installments with principal outstanding that are overdue, or fall due within
     * {@code withinDays} days (the mall's default is its {@code reminderDays}), each with its unpaid late fee.
     */
    public List<Reminder> reminders(LocalDate asOf, int withinDays, SchedulePolicy schedule, ReceiptPolicy policy) {
        if (withinDays < 0) {
            throw new IllegalArgumentException("within cannot be negative");
        }
        List<Reminder> result = new ArrayList<>();
        for (Installment i : lease.plan().installments()) {
            Reminder.of(lease.leaseNo(), lease.merchantNo(), view(i, asOf, schedule, policy), asOf, withinDays)
                    .ifPresent(result::add);
        }
        return result;
    }

    /** Total principal outstanding as of a day on installments already due (arrears, 欠款). */
    public Money arrears(LocalDate asOf, SchedulePolicy schedule, ReceiptPolicy policy) {
        long fen = 0;
        for (Installment i : lease.plan().installments()) {
            if (!i.dueOn().isAfter(asOf)) {
                fen = Math.addExact(fen, view(i, asOf, schedule, policy).outstanding().fen());
            }
        }
        return Money.ofFen(fen);
    }

    /**
     * What is still owed on a day for the installments due on or before {@code dueBy}: unpaid principal and the late
     * fees accrued on it (what an ended lease can still collect).
     */
    public Money owedOn(LocalDate dueBy, LocalDate asOf, SchedulePolicy schedule, ReceiptPolicy policy) {
        Money owed = Money.ZERO;
        for (Installment i : lease.plan().installments()) {
            if (!i.dueOn().isAfter(dueBy)) {
                InstallmentView v = view(i, asOf, schedule, policy);
                owed = owed.plus(v.outstanding()).plus(v.lateFee());
            }
        }
        return owed;
    }

    /** Unpaid late fees accrued up to a day, over all installments. */
    public Money unpaidLateFees(LocalDate asOf, ReceiptPolicy mallPolicy) {
        ReceiptPolicy policy = lease.rules().governing(mallPolicy);
        long fen = 0;
        for (Installment i : lease.plan().installments()) {
            fen = Math.addExact(fen, unpaidLateFee(i, postings, asOf, policy).fen());
        }
        return Money.ofFen(fen);
    }

    /**
     * Amends the lease: installments issued (due on or before the effective date) or with money on them are kept,
     * the rest regenerated.
     */
    public AccountAmendOutcome amend(LeaseAmendment amendment) {
        return switch (lease.amend(amendment, seqsWithPayments())) {
            case AmendOutcome.Amended a -> new AccountAmendOutcome.Amended(withLease(a.lease()), a.report());
            case AmendOutcome.Refused r -> new AccountAmendOutcome.Refused(r.reason());
        };
    }
}
