package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.INSTALLMENT;
import static org.mallcrm.adapters.persistence.jooq.Tables.LEASE;
import static org.mallcrm.adapters.persistence.jooq.Tables.LEASE_STALL;
import static org.mallcrm.adapters.persistence.jooq.Tables.LEASE_VERSION;
import static org.mallcrm.adapters.persistence.jooq.Tables.POSTING;
import static org.mallcrm.adapters.persistence.jooq.Tables.RECEIPT;
import static org.mallcrm.adapters.persistence.jooq.Tables.SECURITY_DEPOSIT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.mallcrm.adapters.persistence.jooq.tables.records.InstallmentRecord;
import org.mallcrm.adapters.persistence.jooq.tables.records.PostingRecord;
import org.mallcrm.adapters.persistence.jooq.tables.records.ReceiptRecord;
import org.mallcrm.adapters.persistence.jooq.tables.records.SecurityDepositRecord;
import org.mallcrm.application.lease.port.out.LeaseOverlapException;
import org.mallcrm.application.lease.port.out.Leases;
import org.mallcrm.domain.deposit.SecurityDeposit;
import org.mallcrm.domain.lease.Installment;
import org.mallcrm.domain.lease.Lease;
import org.mallcrm.domain.lease.LeaseEnding;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.lease.LeaseVersion;
import org.mallcrm.domain.lease.PaymentPlan;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.AllocationLine;
import org.mallcrm.domain.receipt.ChargeKind;
import org.mallcrm.domain.receipt.AccountTransfers;
import org.mallcrm.domain.receipt.LeaseAccount;
import org.mallcrm.domain.receipt.Posting;
import org.mallcrm.domain.receipt.Receipt;
import org.mallcrm.domain.receipt.ReceiptAllocation;
import org.mallcrm.domain.stall.StallNo;

/**
 * Leases of one mall in SQLite: the lease row, every version's terms, the installments of the current plan, the
 * postings in order, receipts, the security deposit, and the stalls it occupies ({@code lease_stall}, where a
 * trigger refuses two leases of one stall overlapping in time).
 */
public final class JooqLeases implements Leases {

    private final Database db;
    private final long mallId;

    public JooqLeases(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public Optional<Leases.LeaseRecord> find(LeaseNo no) {
        return db.dsl(ctx -> load(ctx, LEASE.LEASE_NO.eq(no.value()), 1)).stream().findFirst();
    }

    @Override
    public List<Leases.LeaseRecord> list(MerchantNo merchant, LeaseNo after,
            int limit) {
        Condition c = DSL.trueCondition();
        if (merchant != null) {
            c = c.and(LEASE.MERCHANT_NO.eq(merchant.value()));
        }
        if (after != null) {
            c = c.and(LEASE.LEASE_NO.gt(after.value()));
        }
        Condition where = c;
        return db.dsl(ctx -> load(ctx, where, limit));
    }

    @Override
    public List<LeaseNo> occupying(StallNo stall, LocalDate from, LocalDate to) {
        return db.dsl(ctx -> ctx.select(LEASE.LEASE_NO).from(LEASE_STALL)
                .join(LEASE).on(LEASE.ID.eq(LEASE_STALL.LEASE_ID))
                .where(LEASE_STALL.MALL_ID.eq(mallId)).and(LEASE_STALL.STALL_NO.eq(stall.value()))
                .and(LEASE_STALL.START_ON.le(to)).and(LEASE_STALL.END_ON.ge(from))
                .orderBy(LEASE_STALL.START_ON).fetch(LEASE.LEASE_NO).stream().map(LeaseNo::of).toList());
    }

    @Override
    public Map<StallNo, List<Leases.Occupancy>> occupancies(java.util.Collection<StallNo> stalls) {
        Map<StallNo, List<Leases.Occupancy>> on = new HashMap<>();
        stalls.forEach(s -> on.put(s, new ArrayList<>()));
        if (stalls.isEmpty()) {
            return on;
        }
        List<String> nos = stalls.stream().map(StallNo::value).distinct().toList();
        db.dsl(ctx -> {
            for (int i = 0; i < nos.size(); i += ROWS_PER_INSERT) {
                ctx.select(LEASE_STALL.STALL_NO, LEASE.LEASE_NO, LEASE.MERCHANT_NO, LEASE_STALL.START_ON,
                        LEASE_STALL.END_ON).from(LEASE_STALL).join(LEASE).on(LEASE.ID.eq(LEASE_STALL.LEASE_ID))
                        .where(LEASE_STALL.MALL_ID.eq(mallId))
                        .and(LEASE_STALL.STALL_NO.in(nos.subList(i, Math.min(nos.size(), i + ROWS_PER_INSERT))))
                        .orderBy(LEASE_STALL.START_ON)
                        .forEach(r -> on.get(StallNo.of(r.value1())).add(new Leases.Occupancy(LeaseNo.of(r.value2()),
                                MerchantNo.of(r.value3()), r.value4(), r.value5())));
            }
            return null;
        });
        return on;
    }

    private List<Leases.LeaseRecord> load(DSLContext ctx, Condition where, int limit) {
        var rows = ctx.selectFrom(LEASE).where(LEASE.MALL_ID.eq(mallId)).and(where)
                .orderBy(LEASE.LEASE_NO).limit(limit).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> r.getId()).toList();
        Map<Long, List<LeaseVersion>> versions = new HashMap<>();
        Map<Long, List<Installment>> installments = new HashMap<>();
        Map<Long, List<Posting>> postings = new HashMap<>();
        Map<Long, List<Receipt>> receipts = new HashMap<>();
        Map<Long, SecurityDepositRecord> deposits = new HashMap<>();
        Map<Long, LeaseNo> leaseNos = new HashMap<>();
        rows.forEach(r -> leaseNos.put(r.getId(), LeaseNo.of(r.getLeaseNo())));
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            ctx.selectFrom(LEASE_VERSION).where(LEASE_VERSION.LEASE_ID.in(chunk))
                    .orderBy(LEASE_VERSION.LEASE_ID, LEASE_VERSION.VERSION)
                    .forEach(v -> versions.computeIfAbsent(v.getLeaseId(), k -> new ArrayList<>())
                            .add(new LeaseVersion(v.getVersion().intValue(), LeaseTermsText.read(v.getTerms()),
                                    v.getAmendment() == null ? null : LeaseTermsText.readAmendment(v.getAmendment()))));
            ctx.selectFrom(INSTALLMENT).where(INSTALLMENT.LEASE_ID.in(chunk))
                    .orderBy(INSTALLMENT.LEASE_ID, INSTALLMENT.SEQ)
                    .forEach(r -> installments.computeIfAbsent(r.getLeaseId(), k -> new ArrayList<>())
                            .add(new Installment(r.getSeq().intValue(), r.getPeriodStart(),
                                    r.getPeriodEnd(), r.getDueOn(),
                                    r.getReminderOn(), Money.ofFen(r.getRentFen()),
                                    Money.ofFen(r.getManagementFeeFen()))));
            ctx.selectFrom(POSTING).where(POSTING.LEASE_ID.in(chunk)).orderBy(POSTING.LEASE_ID, POSTING.POSITION)
                    .forEach(r -> postings.computeIfAbsent(r.getLeaseId(), k -> new ArrayList<>())
                            .add(new Posting(r.getPostedOn(), r.getSeq().intValue(),
                                    ChargeKind.valueOf(r.getKind()), Money.ofFen(r.getAmountFen()), r.getSource())));
            ctx.selectFrom(RECEIPT).where(RECEIPT.LEASE_ID.in(chunk)).orderBy(RECEIPT.LEASE_ID, RECEIPT.ID)
                    .forEach(r -> receipts.computeIfAbsent(r.getLeaseId(), k -> new ArrayList<>())
                            .add(toReceipt(r, leaseNos.get(r.getLeaseId()))));
            ctx.selectFrom(SECURITY_DEPOSIT).where(SECURITY_DEPOSIT.LEASE_ID.in(chunk))
                    .forEach(r -> deposits.put(r.getLeaseId(), r));
        }
        List<Leases.LeaseRecord> result = new ArrayList<>(rows.size());
        for (var r : rows) {
            List<LeaseVersion> history = versions.get(r.getId());
            LeaseVersion current = history.get(history.size() - 1);
            Lease lease = new Lease(current.terms(), current.version(),
                    new PaymentPlan(installments.getOrDefault(r.getId(), List.of())), history,
                    LeaseRulesText.read(r.getSignedUnder()));
            LeaseAccount account = new LeaseAccount(lease, postings.getOrDefault(r.getId(), List.of()),
                    receipts.getOrDefault(r.getId(), List.of()), Money.ofFen(r.getCreditFen()),
                    new AccountTransfers(Money.ofFen(r.getOffsetsInFen()), Money.ofFen(r.getRefundedFen()),
                            Money.ofFen(r.getToDamagesFen()), Money.ofFen(r.getCarriedOutFen())));
            SecurityDepositRecord d = deposits.get(r.getId());
            SecurityDeposit deposit = d == null ? SecurityDeposit.agreed(lease.leaseNo(), lease.merchantNo(),
                    current.terms().securityDeposit())
                    : new SecurityDeposit(lease.leaseNo(), lease.merchantNo(), Money.ofFen(d.getAgreedFen()),
                            Money.ofFen(d.getReceivedFen()), Money.ofFen(d.getAppliedAtExitFen()),
                            Money.ofFen(d.getRefundedAtExitFen()), d.getSettled() == 1L);
            result.add(new Leases.LeaseRecord(account, deposit, r.getTerminatedOn() == null ? null
                    : new LeaseEnding(r.getTerminatedOn(), LeaseEnding.Kind.valueOf(r.getEndedBy()))));
        }
        return result;
    }

    private static Receipt toReceipt(ReceiptRecord r, LeaseNo leaseNo) {
        return new Receipt(r.getReceiptNo(), leaseNo, r.getReceivedOn(), Money.ofFen(r.getAmountFen()),
                r.getMethod());
    }

    /** Its own transaction when called alone, so a refused lease leaves no rows behind (see {@link #insertAll}). */
    @Override
    public void insert(Leases.LeaseRecord record) {
        insertAll(List.of(record));
    }

    /**
     * New leases together: each table's rows in multi-row statements (a few statements for hundreds of leases where
     * {@link #insert} takes six a lease), all or none.
     */
    @Override
    public void insertAll(List<Leases.LeaseRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        db.inTransaction(() -> db.dsl(ctx -> {
            Instant now = Instant.now();
            for (int i = 0; i < records.size(); i += ROWS_PER_INSERT) {
                List<Leases.LeaseRecord> chunk = records.subList(i, Math.min(records.size(), i + ROWS_PER_INSERT));
                var leaseRows = ctx.insertInto(LEASE, LEASE.MALL_ID, LEASE.LEASE_NO, LEASE.MERCHANT_NO, LEASE.KIND,
                        LEASE.START_ON, LEASE.END_ON, LEASE.VERSION, LEASE.CREDIT_FEN, LEASE.TERMINATED_ON,
                        LEASE.CREATED_AT, LEASE.OFFSETS_IN_FEN, LEASE.REFUNDED_FEN, LEASE.TO_DAMAGES_FEN,
                        LEASE.CARRIED_OUT_FEN, LEASE.SIGNED_UNDER, LEASE.ENDED_BY);
                for (Leases.LeaseRecord record : chunk) {
                    Lease lease = record.account().lease();
                    AccountTransfers t = record.account().transfers();
                    leaseRows = leaseRows.values(mallId, lease.leaseNo().value(), lease.merchantNo().value(),
                            lease.terms().kind().name(), lease.terms().start(), lease.terms().end(),
                            (long) lease.version(), record.account().credit().fen(), record.terminatedOn(), now,
                            t.offsetsIn().fen(), t.refunded().fen(), t.toDamages().fen(), t.carriedOut().fen(),
                            LeaseRulesText.write(lease.rules()),
                            record.ending() == null ? null : record.ending().kind().name());
                }
                leaseRows.execute();
                Map<String, Long> ids = new HashMap<>();
                ctx.select(LEASE.LEASE_NO, LEASE.ID).from(LEASE).where(LEASE.MALL_ID.eq(mallId))
                        .and(LEASE.LEASE_NO.in(chunk.stream().map(r -> r.account().lease().leaseNo().value())
                                .toList()))
                        .forEach(r -> ids.put(r.value1(), r.value2()));
                var versions = ctx.insertInto(LEASE_VERSION, LEASE_VERSION.LEASE_ID, LEASE_VERSION.VERSION,
                        LEASE_VERSION.TERMS, LEASE_VERSION.AMENDMENT);
                var deposits = ctx.insertInto(SECURITY_DEPOSIT, SECURITY_DEPOSIT.LEASE_ID, SECURITY_DEPOSIT.AGREED_FEN,
                        SECURITY_DEPOSIT.RECEIVED_FEN, SECURITY_DEPOSIT.APPLIED_AT_EXIT_FEN,
                        SECURITY_DEPOSIT.REFUNDED_AT_EXIT_FEN, SECURITY_DEPOSIT.SETTLED);
                var stalls = ctx.insertInto(LEASE_STALL, LEASE_STALL.MALL_ID, LEASE_STALL.LEASE_ID,
                        LEASE_STALL.STALL_NO, LEASE_STALL.START_ON, LEASE_STALL.END_ON);
                List<InstallmentRecord> inst = new ArrayList<>();
                List<PostingRecord> posts = new ArrayList<>();
                List<ReceiptRecord> receipts = new ArrayList<>();
                boolean anyStall = false;
                for (Leases.LeaseRecord record : chunk) {
                    Lease lease = record.account().lease();
                    long id = ids.get(lease.leaseNo().value());
                    for (LeaseVersion v : lease.history()) {
                        versions = versions.values(id, (long) v.version(), LeaseTermsText.write(v.terms()),
                                v.amendment() == null ? null : LeaseTermsText.write(v.amendment()));
                    }
                    SecurityDeposit d = record.deposit();
                    deposits = deposits.values(id, d.agreed().fen(), d.received().fen(), d.appliedAtExit().fen(),
                            d.refundedAtExit().fen(), d.settled() ? 1L : 0L);
                    accountRows(ctx, id, record, true, 0, true, inst, posts, receipts);
                    for (StallNo s : lease.stallNos()) {
                        stalls = stalls.values(mallId, id, s.value(), lease.terms().start(), record.occupiedThrough());
                        anyStall = true;
                    }
                }
                versions.execute();
                deposits.execute();
                JooqRows.insert(ctx, INSTALLMENT, inst);
                JooqRows.insert(ctx, POSTING, posts);
                JooqRows.insert(ctx, RECEIPT, receipts);
                if (anyStall) {
                    try {
                        stalls.execute();
                    } catch (DataAccessException e) {
                        throw overlap(e);
                    }
                }
            }
            return null;
        }));
    }

    @Override
    public void update(Leases.LeaseRecord record) {
        db.dsl(ctx -> {
            Lease lease = record.account().lease();
            var r = ctx.selectFrom(LEASE).where(LEASE.MALL_ID.eq(mallId))
                    .and(LEASE.LEASE_NO.eq(lease.leaseNo().value())).fetchOne();
            if (r == null) {
                throw new IllegalStateException("lease " + lease.leaseNo() + " is not stored");
            }
            long storedVersion = r.getVersion();
            fill(r, record);
            r.store();
            long id = r.getId();
            for (LeaseVersion v : lease.history()) {
                if (v.version() > storedVersion) {
                    insertVersion(ctx, id, v);
                }
            }
            // the plan changes only with a new version; postings are only ever appended
            boolean newPlan = lease.version() != storedVersion;
            if (newPlan) {
                ctx.deleteFrom(INSTALLMENT).where(INSTALLMENT.LEASE_ID.eq(id)).execute();
            }
            int storedPostings = ctx.fetchCount(POSTING, POSTING.LEASE_ID.eq(id));
            if (storedPostings > record.account().postings().size()) {
                ctx.deleteFrom(POSTING).where(POSTING.LEASE_ID.eq(id)).execute();
                storedPostings = 0;
            }
            writeAccount(ctx, id, record, newPlan, storedPostings, false);
            writeDeposit(ctx, id, record.deposit());
            try {
                ctx.update(LEASE_STALL).set(LEASE_STALL.END_ON, record.occupiedThrough())
                        .where(LEASE_STALL.LEASE_ID.eq(id)).execute();
            } catch (DataAccessException e) {
                throw overlap(e);
            }
            return null;
        });
    }

    @Override
    public Map<LeaseNo, Leases.LeaseRecord> findAll(java.util.Collection<LeaseNo> nos) {
        List<String> wanted = nos.stream().map(LeaseNo::value).distinct().toList();
        Map<LeaseNo, Leases.LeaseRecord> found = new java.util.LinkedHashMap<>();
        for (int i = 0; i < wanted.size(); i += CHUNK) {
            List<String> chunk = wanted.subList(i, Math.min(wanted.size(), i + CHUNK));
            db.dsl(ctx -> load(ctx, LEASE.LEASE_NO.in(chunk), chunk.size()))
                    .forEach(r -> found.put(r.account().lease().leaseNo(), r));
        }
        return found;
    }

    /**
     * Many leases' new postings, receipts, credit and deposits written together: a few batched statements for a
     * chunk of leases instead of a dozen statements each. A lease with a new version (a new plan) or rewritten
     * postings goes through {@link #update} alone.
     */
    @Override
    public void updateAll(List<Leases.LeaseRecord> records) {
        if (records.size() < 2) {
            records.forEach(this::update);
            return;
        }
        db.inTransaction(() -> {
            for (int i = 0; i < records.size(); i += CHUNK) {
                updateChunk(records.subList(i, Math.min(records.size(), i + CHUNK)));
            }
            return null;
        });
    }

    private void updateChunk(List<Leases.LeaseRecord> records) {
        db.dsl(ctx -> {
            List<String> nos = records.stream().map(r -> r.account().lease().leaseNo().value()).toList();
            Map<String, long[]> stored = new HashMap<>(); // lease_no → {id, version}
            ctx.select(LEASE.LEASE_NO, LEASE.ID, LEASE.VERSION).from(LEASE).where(LEASE.MALL_ID.eq(mallId))
                    .and(LEASE.LEASE_NO.in(nos))
                    .forEach(r -> stored.put(r.value1(), new long[] {r.value2(), r.value3()}));
            List<Long> ids = stored.values().stream().map(v -> v[0]).toList();
            Map<Long, Integer> postingCounts = new HashMap<>();
            ctx.select(POSTING.LEASE_ID, DSL.count()).from(POSTING).where(POSTING.LEASE_ID.in(ids))
                    .groupBy(POSTING.LEASE_ID).forEach(r -> postingCounts.put(r.value1(), r.value2()));
            Map<Long, Set<String>> receiptNos = new HashMap<>();
            ctx.select(RECEIPT.LEASE_ID, RECEIPT.RECEIPT_NO).from(RECEIPT).where(RECEIPT.LEASE_ID.in(ids))
                    .forEach(r -> receiptNos.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
            // the lease rows' saved columns, bound per lease: one statement prepared for the chunk
            Map<org.jooq.Field<?>, Object> unbound = new java.util.LinkedHashMap<>();
            Saved.FIELDS.forEach(f -> unbound.put(f, null));
            var leaseRows = ctx.batch(ctx.update(LEASE).set(unbound).where(LEASE.ID.eq((Long) null)));
            int leases = 0;
            List<PostingRecord> posts = new ArrayList<>();
            List<ReceiptRecord> receipts = new ArrayList<>();
            var deposits = ctx.batch(ctx.insertInto(SECURITY_DEPOSIT).set(SECURITY_DEPOSIT.LEASE_ID, (Long) null)
                    .set(SECURITY_DEPOSIT.AGREED_FEN, (Long) null).set(SECURITY_DEPOSIT.RECEIVED_FEN, (Long) null)
                    .set(SECURITY_DEPOSIT.APPLIED_AT_EXIT_FEN, (Long) null)
                    .set(SECURITY_DEPOSIT.REFUNDED_AT_EXIT_FEN, (Long) null).set(SECURITY_DEPOSIT.SETTLED, (Long) null)
                    .onConflict(SECURITY_DEPOSIT.LEASE_ID).doUpdate()
                    .set(SECURITY_DEPOSIT.AGREED_FEN, (Long) null).set(SECURITY_DEPOSIT.RECEIVED_FEN, (Long) null)
                    .set(SECURITY_DEPOSIT.APPLIED_AT_EXIT_FEN, (Long) null)
                    .set(SECURITY_DEPOSIT.REFUNDED_AT_EXIT_FEN, (Long) null)
                    .set(SECURITY_DEPOSIT.SETTLED, (Long) null));
            var occupied = ctx.batch(ctx.update(LEASE_STALL).set(LEASE_STALL.END_ON, (LocalDate) null)
                    .where(LEASE_STALL.LEASE_ID.eq((Long) null)));
            List<Leases.LeaseRecord> alone = new ArrayList<>();
            for (Leases.LeaseRecord record : records) {
                Lease lease = record.account().lease();
                long[] idVersion = stored.get(lease.leaseNo().value());
                if (idVersion == null) {
                    throw new IllegalStateException("lease " + lease.leaseNo() + " is not stored");
                }
                long id = idVersion[0];
                int storedPostings = postingCounts.getOrDefault(id, 0);
                if (lease.version() != idVersion[1] || storedPostings > record.account().postings().size()) {
                    alone.add(record);
                    continue;
                }
                Object[] values = java.util.Arrays.copyOf(savedValues(record), Saved.FIELDS.size() + 1);
                values[Saved.FIELDS.size()] = id;
                leaseRows.bind(values);
                leases++;
                newRows(ctx, id, record.account(), storedPostings, receiptNos.getOrDefault(id, Set.of()), posts,
                        receipts);
                SecurityDeposit d = record.deposit();
                long settled = d.settled() ? 1L : 0L;
                deposits.bind(id, d.agreed().fen(), d.received().fen(), d.appliedAtExit().fen(),
                        d.refundedAtExit().fen(), settled, d.agreed().fen(), d.received().fen(),
                        d.appliedAtExit().fen(), d.refundedAtExit().fen(), settled);
                occupied.bind(record.occupiedThrough(), id);
            }
            if (leases > 0) {
                leaseRows.execute();
                JooqRows.insert(ctx, POSTING, posts);
                JooqRows.insert(ctx, RECEIPT, receipts);
                deposits.execute();
                try {
                    occupied.execute();
                } catch (DataAccessException e) {
                    throw overlap(e);
                }
            }
            alone.forEach(this::update);
            return null;
        });
    }

    /** Leases loaded or written together per statement. */
    private static final int CHUNK = 500;

    /** Rows per multi-row INSERT of leases, and stall numbers per IN list. */
    private static final int ROWS_PER_INSERT = 500;

    private static RuntimeException overlap(DataAccessException e) {
        if (SqlFailure.of(e) == SqlFailure.EXCLUSION) {
            return new LeaseOverlapException("another lease holds the stall in that time", e);
        }
        return e;
    }

    /** The lease row's columns a save writes (its account's state), in the order of {@link #savedValues}. */
    private static final class Saved {
        /** In a holder: a field of the store itself would load jOOQ's tables whenever the store is made. */
        static final List<org.jooq.Field<?>> FIELDS = List.of(LEASE.END_ON, LEASE.VERSION, LEASE.CREDIT_FEN,
                LEASE.OFFSETS_IN_FEN, LEASE.REFUNDED_FEN, LEASE.TO_DAMAGES_FEN, LEASE.CARRIED_OUT_FEN,
                LEASE.TERMINATED_ON, LEASE.ENDED_BY);
    }

    private static Object[] savedValues(Leases.LeaseRecord record) {
        Lease lease = record.account().lease();
        AccountTransfers t = record.account().transfers();
        return new Object[] {lease.terms().end(), (long) lease.version(), record.account().credit().fen(),
            t.offsetsIn().fen(), t.refunded().fen(), t.toDamages().fen(), t.carriedOut().fen(), record.terminatedOn(),
            record.ending() == null ? null : record.ending().kind().name()};
    }

    @SuppressWarnings("unchecked")
    private static void fill(org.mallcrm.adapters.persistence.jooq.tables.records.LeaseRecord r,
            Leases.LeaseRecord record) {
        Object[] values = savedValues(record);
        for (int k = 0; k < values.length; k++) {
            r.set((org.jooq.Field<Object>) Saved.FIELDS.get(k), values[k]);
        }
    }

    private static void insertVersion(DSLContext ctx, long id, LeaseVersion v) {
        ctx.insertInto(LEASE_VERSION).set(LEASE_VERSION.LEASE_ID, id).set(LEASE_VERSION.VERSION, (long) v.version())
                .set(LEASE_VERSION.TERMS, LeaseTermsText.write(v.terms()))
                .set(LEASE_VERSION.AMENDMENT, v.amendment() == null ? null : LeaseTermsText.write(v.amendment()))
                .execute();
    }

    private void writeAccount(DSLContext ctx, long id, Leases.LeaseRecord record,
            boolean plan, int storedPostings, boolean fresh) {
        List<InstallmentRecord> inst = new ArrayList<>();
        List<PostingRecord> posts = new ArrayList<>();
        List<ReceiptRecord> receipts = new ArrayList<>();
        accountRows(ctx, id, record, plan, storedPostings, fresh, inst, posts, receipts);
        JooqRows.insert(ctx, INSTALLMENT, inst);
        JooqRows.insert(ctx, POSTING, posts);
        JooqRows.insert(ctx, RECEIPT, receipts);
    }

    /** The rows {@link #writeAccount} writes, added to the lists. */
    private void accountRows(DSLContext ctx, long id, Leases.LeaseRecord record, boolean plan, int storedPostings,
            boolean fresh, List<InstallmentRecord> inst, List<PostingRecord> posts, List<ReceiptRecord> receipts) {
        LeaseAccount account = record.account();
        for (Installment i : plan ? account.lease().plan().installments() : List.<Installment>of()) {
            InstallmentRecord r = ctx.newRecord(INSTALLMENT);
            r.setLeaseId(id);
            r.setSeq((long) i.seq());
            r.setPeriodStart(i.periodStart());
            r.setPeriodEnd(i.periodEnd());
            r.setDueOn(i.dueOn());
            r.setReminderOn(i.reminderOn());
            r.setRentFen(i.rent().fen());
            r.setManagementFeeFen(i.managementFee().fen());
            inst.add(r);
        }
        // a lease being inserted has no receipts stored yet
        Set<String> stored = fresh ? Set.of()
                : new HashSet<>(ctx.select(RECEIPT.RECEIPT_NO).from(RECEIPT).where(RECEIPT.LEASE_ID.eq(id))
                        .fetch(RECEIPT.RECEIPT_NO));
        newRows(ctx, id, account, storedPostings, stored, posts, receipts);
    }

    /** The account's postings after the first {@code storedPostings} and its receipts not stored yet, as rows. */
    private void newRows(DSLContext ctx, long id, LeaseAccount account, int storedPostings, Set<String> storedReceipts,
            List<PostingRecord> posts, List<ReceiptRecord> receipts) {
        long pos = 0;
        Map<String, Long> allocated = new HashMap<>();
        for (Posting p : account.postings()) {
            allocated.merge(p.source(), p.amount().fen(), Long::sum);
            if (pos < storedPostings) {
                pos++;
                continue;
            }
            PostingRecord r = ctx.newRecord(POSTING);
            r.setLeaseId(id);
            r.setPosition(pos++);
            r.setPostedOn(p.on());
            r.setSeq((long) p.seq());
            r.setKind(p.kind().name());
            r.setAmountFen(p.amount().fen());
            r.setSource(p.source());
            posts.add(r);
        }
        for (Receipt rc : account.receipts()) {
            if (storedReceipts.contains(rc.receiptNo())) {
                continue;
            }
            ReceiptRecord r = ctx.newRecord(RECEIPT);
            r.setMallId(mallId);
            r.setReceiptNo(rc.receiptNo());
            r.setLeaseId(id);
            r.setReceivedOn(rc.receivedOn());
            r.setAmountFen(rc.amount().fen());
            r.setMethod(rc.method());
            r.setCreditFen(rc.amount().fen() - allocated.getOrDefault(rc.receiptNo(), 0L));
            receipts.add(r);
        }
    }

    private static void writeDeposit(DSLContext ctx, long id, SecurityDeposit d) {
        ctx.insertInto(SECURITY_DEPOSIT).set(SECURITY_DEPOSIT.LEASE_ID, id)
                .set(SECURITY_DEPOSIT.AGREED_FEN, d.agreed().fen())
                .set(SECURITY_DEPOSIT.RECEIVED_FEN, d.received().fen())
                .set(SECURITY_DEPOSIT.APPLIED_AT_EXIT_FEN, d.appliedAtExit().fen())
                .set(SECURITY_DEPOSIT.REFUNDED_AT_EXIT_FEN, d.refundedAtExit().fen())
                .set(SECURITY_DEPOSIT.SETTLED, d.settled() ? 1L : 0L)
                .onConflict(SECURITY_DEPOSIT.LEASE_ID).doUpdate()
                .set(SECURITY_DEPOSIT.AGREED_FEN, d.agreed().fen())
                .set(SECURITY_DEPOSIT.RECEIVED_FEN, d.received().fen())
                .set(SECURITY_DEPOSIT.APPLIED_AT_EXIT_FEN, d.appliedAtExit().fen())
                .set(SECURITY_DEPOSIT.REFUNDED_AT_EXIT_FEN, d.refundedAtExit().fen())
                .set(SECURITY_DEPOSIT.SETTLED, d.settled() ? 1L : 0L).execute();
    }

    @Override
    public List<Receipt> receipts(LeaseNo lease, String afterReceiptNo, int limit) {
        return db.dsl(ctx -> {
            var where = RECEIPT.MALL_ID.eq(mallId);
            if (lease != null) {
                where = where.and(LEASE.LEASE_NO.eq(lease.value()));
            }
            if (afterReceiptNo != null) {
                where = where.and(RECEIPT.RECEIPT_NO.gt(afterReceiptNo));
            }
            return ctx.select(RECEIPT.fields()).select(LEASE.LEASE_NO).from(RECEIPT).join(LEASE)
                    .on(LEASE.ID.eq(RECEIPT.LEASE_ID)).where(where).orderBy(RECEIPT.RECEIPT_NO).limit(limit)
                    .fetch().stream().map(row -> toReceipt(row.into(RECEIPT), LeaseNo.of(row.get(LEASE.LEASE_NO))))
                    .toList();
        });
    }

    @Override
    public Set<String> recordedReceiptNos(java.util.Collection<String> receiptNos) {
        List<String> all = receiptNos.stream().distinct().toList();
        Set<String> recorded = new HashSet<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            recorded.addAll(db.dsl(ctx -> ctx.select(RECEIPT.RECEIPT_NO).from(RECEIPT)
                    .where(RECEIPT.MALL_ID.eq(mallId)).and(RECEIPT.RECEIPT_NO.in(chunk)).fetch(RECEIPT.RECEIPT_NO)));
        }
        return recorded;
    }

    @Override
    public Optional<StoredReceipt> findReceipt(String receiptNo) {
        return db.dsl(ctx -> {
            var row = ctx.select(RECEIPT.fields()).select(LEASE.LEASE_NO).from(RECEIPT).join(LEASE)
                    .on(LEASE.ID.eq(RECEIPT.LEASE_ID)).where(RECEIPT.MALL_ID.eq(mallId))
                    .and(RECEIPT.RECEIPT_NO.eq(receiptNo)).fetchOne();
            if (row == null) {
                return Optional.<StoredReceipt>empty();
            }
            ReceiptRecord r = row.into(RECEIPT);
            LeaseNo leaseNo = LeaseNo.of(row.get(LEASE.LEASE_NO));
            List<AllocationLine> lines = ctx.selectFrom(POSTING).where(POSTING.LEASE_ID.eq(r.getLeaseId()))
                    .and(POSTING.SOURCE.eq(receiptNo)).orderBy(POSTING.POSITION).fetch().stream()
                    .map(p -> new AllocationLine(p.getSeq().intValue(), ChargeKind.valueOf(p.getKind()),
                            Money.ofFen(p.getAmountFen())))
                    .toList();
            Receipt receipt = toReceipt(r, leaseNo);
            return Optional.of(new StoredReceipt(leaseNo, receipt, new ReceiptAllocation(receiptNo, receipt.amount(),
                    lines, Money.ofFen(r.getCreditFen()))));
        });
    }
}
