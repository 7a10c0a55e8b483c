package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.EARNEST_MONEY;
import static org.mallcrm.adapters.persistence.jooq.Tables.EARNEST_STALL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.mallcrm.adapters.persistence.jooq.tables.records.EarnestMoneyRecord;
import org.mallcrm.application.lease.port.out.EarnestMonies;
import org.mallcrm.application.lease.port.out.StallLockedException;
import org.mallcrm.domain.deposit.EarnestKind;
import org.mallcrm.domain.deposit.EarnestMoney;
import org.mallcrm.domain.deposit.EarnestStatus;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.StallNo;

/**
 * Earnest money of one mall in SQLite. Each stall it names has a row in {@code earnest_stall}, live while the money
 * is HELD; a partial unique index allows one live row per stall, so two holds on one stall cannot both be stored.
 */
public final class JooqEarnestMonies implements EarnestMonies {

    private final Database db;
    private final long mallId;

    public JooqEarnestMonies(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public Optional<EarnestMoney> find(String depositNo) {
        return db.dsl(ctx -> load(ctx, EARNEST_MONEY.DEPOSIT_NO.eq(depositNo), 1)).stream().findFirst();
    }

    @Override
    public List<EarnestMoney> onStalls(Collection<StallNo> stalls) {
        if (stalls.isEmpty()) {
            return List.of();
        }
        List<String> nos = stalls.stream().map(StallNo::value).toList();
        return db.dsl(ctx -> load(ctx, EARNEST_MONEY.ID.in(DSL.select(EARNEST_STALL.EARNEST_ID).from(EARNEST_STALL)
                .where(EARNEST_STALL.MALL_ID.eq(mallId)).and(EARNEST_STALL.STALL_NO.in(nos))), Integer.MAX_VALUE));
    }

    @Override
    public List<EarnestMoney> lapsed(LocalDate asOf) {
        return db.dsl(ctx -> load(ctx, EARNEST_MONEY.STATUS.eq(EarnestStatus.HELD.name())
                .and(EARNEST_MONEY.LOCKED_THROUGH.lt(asOf)), Integer.MAX_VALUE));
    }

    @Override
    public List<EarnestMoney> list(String after, int limit) {
        Condition c = after == null ? DSL.trueCondition() : EARNEST_MONEY.DEPOSIT_NO.gt(after);
        return db.dsl(ctx -> load(ctx, c, limit));
    }

    @Override
    public String nextNumber() {
        return db.dsl(ctx -> {
            int n = ctx.fetchCount(EARNEST_MONEY, EARNEST_MONEY.MALL_ID.eq(mallId)) + 1;
            while (ctx.fetchExists(EARNEST_MONEY, EARNEST_MONEY.MALL_ID.eq(mallId)
                    .and(EARNEST_MONEY.DEPOSIT_NO.eq(String.format("D-%06d", n))))) {
                n++;
            }
            return String.format("D-%06d", n);
        });
    }

    private List<EarnestMoney> load(DSLContext ctx, Condition where, int limit) {
        List<EarnestMoneyRecord> rows = ctx.selectFrom(EARNEST_MONEY).where(EARNEST_MONEY.MALL_ID.eq(mallId))
                .and(where).orderBy(EARNEST_MONEY.DEPOSIT_NO).limit(limit).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StallNo>> stalls = new HashMap<>();
        ctx.selectFrom(EARNEST_STALL).where(EARNEST_STALL.EARNEST_ID.in(rows.stream().map(EarnestMoneyRecord::getId)
                .toList())).orderBy(EARNEST_STALL.EARNEST_ID, EARNEST_STALL.STALL_NO)
                .forEach(s -> stalls.computeIfAbsent(s.getEarnestId(), k -> new ArrayList<>())
                        .add(StallNo.of(s.getStallNo())));
        List<EarnestMoney> result = new ArrayList<>();
        for (EarnestMoneyRecord r : rows) {
            result.add(new EarnestMoney(r.getDepositNo(), MerchantNo.of(r.getMerchantNo()),
                    stalls.getOrDefault(r.getId(), List.of()), EarnestKind.valueOf(r.getKind()),
                    Money.ofFen(r.getReceivedFen()), r.getHeldOn(),
                    r.getLockedThrough(),
                    r.getContractValueFen() == null ? null : Money.ofFen(r.getContractValueFen()),
                    EarnestStatus.valueOf(r.getStatus()), Money.ofFen(r.getOffsetFen()),
                    Money.ofFen(r.getRefundedFen()), Money.ofFen(r.getForfeitedFen()),
                    Money.ofFen(r.getConvertedFen()), Money.ofFen(r.getHeldFen()),
                    Money.ofFen(r.getPenaltyPaidFen()),
                    r.getAppliedTo() == null ? null : LeaseNo.of(r.getAppliedTo())));
        }
        return result;
    }

    @Override
    public void insert(EarnestMoney money) {
        // its own transaction when called alone, so a refused hold leaves no rows behind
        db.inTransaction(() -> db.dsl(ctx -> {
            EarnestMoneyRecord r = ctx.newRecord(EARNEST_MONEY);
            r.setMallId(mallId);
            r.setDepositNo(money.depositNo());
            r.setMerchantNo(money.merchantNo().value());
            r.setKind(money.kind().name());
            r.setReceivedFen(money.received().fen());
            r.setHeldOn(money.heldOn());
            fill(r, money);
            long id = ctx.insertInto(EARNEST_MONEY).set(r).returningResult(EARNEST_MONEY.ID).fetchOne().value1();
            try {
                for (StallNo s : money.stallNos()) {
                    ctx.insertInto(EARNEST_STALL).set(EARNEST_STALL.EARNEST_ID, id)
                            .set(EARNEST_STALL.MALL_ID, mallId).set(EARNEST_STALL.STALL_NO, s.value())
                            .set(EARNEST_STALL.LIVE, money.status() == EarnestStatus.HELD ? 1L : 0L).execute();
                }
            } catch (DataAccessException e) {
                if (SqlFailure.of(e) == SqlFailure.UNIQUE) {
                    throw new StallLockedException("another live hold locks a stall of " + money.depositNo(), e);
                }
                throw e;
            }
            return null;
        }));
    }

    @Override
    public void update(EarnestMoney money) {
        db.dsl(ctx -> {
            EarnestMoneyRecord r = ctx.selectFrom(EARNEST_MONEY).where(EARNEST_MONEY.MALL_ID.eq(mallId))
                    .and(EARNEST_MONEY.DEPOSIT_NO.eq(money.depositNo())).fetchOne();
            if (r == null) {
                throw new IllegalStateException("earnest money " + money.depositNo() + " is not stored");
            }
            fill(r, money);
            r.store();
            ctx.update(EARNEST_STALL).set(EARNEST_STALL.LIVE, money.status() == EarnestStatus.HELD ? 1L : 0L)
                    .where(EARNEST_STALL.EARNEST_ID.eq(r.getId())).execute();
            return null;
        });
    }

    private static void fill(EarnestMoneyRecord r, EarnestMoney m) {
        r.setLockedThrough(m.lockedThrough());
        r.setContractValueFen(m.contractValue() == null ? null : m.contractValue().fen());
        r.setStatus(m.status().name());
        r.setOffsetFen(m.offset().fen());
        r.setRefundedFen(m.refunded().fen());
        r.setForfeitedFen(m.forfeited().fen());
        r.setConvertedFen(m.converted().fen());
        r.setHeldFen(m.held().fen());
        r.setPenaltyPaidFen(m.penaltyPaid().fen());
        r.setAppliedTo(m.appliedTo() == null ? null : m.appliedTo().value());
    }
}
