package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.EXIT_REQUEST;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.mallcrm.adapters.persistence.jooq.tables.records.ExitRequestRecord;
import org.mallcrm.application.lease.port.out.ExitRequests;
import org.mallcrm.domain.exit.ExitRequest;
import org.mallcrm.domain.exit.ExitStatus;
import org.mallcrm.domain.exit.ExitTiming;
import org.mallcrm.domain.exit.ExitType;
import org.mallcrm.domain.exit.Initiator;
import org.mallcrm.domain.exit.SettlementStatement;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.StallNo;

/** Exit requests of one mall in SQLite; a settled one keeps its statement's figures in the {@code s_} columns. */
public final class JooqExitRequests implements ExitRequests {

    private final Database db;
    private final long mallId;

    public JooqExitRequests(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public Optional<ExitRequest> find(String exitNo) {
        return load(EXIT_REQUEST.EXIT_NO.eq(exitNo), 1).stream().findFirst();
    }

    @Override
    public List<ExitRequest> list(String after, int limit) {
        return load(after == null ? DSL.trueCondition() : EXIT_REQUEST.EXIT_NO.gt(after), limit);
    }

    @Override
    public List<ExitRequest> ofLease(LeaseNo lease) {
        return load(EXIT_REQUEST.LEASE_NO.eq(lease.value()), Integer.MAX_VALUE);
    }

    @Override
    public String nextNumber() {
        return db.dsl(ctx -> {
            int n = ctx.fetchCount(EXIT_REQUEST, EXIT_REQUEST.MALL_ID.eq(mallId)) + 1;
            while (ctx.fetchExists(EXIT_REQUEST, EXIT_REQUEST.MALL_ID.eq(mallId)
                    .and(EXIT_REQUEST.EXIT_NO.eq(String.format("X-%06d", n))))) {
                n++;
            }
            return String.format("X-%06d", n);
        });
    }

    private List<ExitRequest> load(Condition where, int limit) {
        return db.dsl(ctx -> ctx.selectFrom(EXIT_REQUEST).where(EXIT_REQUEST.MALL_ID.eq(mallId)).and(where)
                .orderBy(EXIT_REQUEST.EXIT_NO).limit(limit).fetch().stream().map(JooqExitRequests::toRequest).toList());
    }

    private static ExitRequest toRequest(ExitRequestRecord r) {
        ExitStatus status = ExitStatus.valueOf(r.getStatus());
        LocalDate exitOn = r.getExitOn();
        SettlementStatement s = status != ExitStatus.SETTLED ? null
                : new SettlementStatement(exitOn, Money.ofFen(r.getSDepositHeldFen()), Money.ofFen(r.getSCreditFen()),
                        Money.ofFen(r.getSArrearsFen()), Money.ofFen(r.getSLateFeesFen()),
                        Money.ofFen(r.getSDamagesFen()));
        return new ExitRequest(r.getExitNo(), LeaseNo.of(r.getLeaseNo()), MerchantNo.of(r.getMerchantNo()),
                Arrays.stream(r.getStallNos().split("\t")).map(StallNo::of).toList(), ExitType.valueOf(r.getType()),
                Initiator.valueOf(r.getInitiator()), ExitTiming.valueOf(r.getTiming()),
                r.getRequestedOn(), exitOn, r.getReason(), status, s);
    }

    @Override
    public void insert(ExitRequest request) {
        db.dsl(ctx -> {
            ExitRequestRecord r = ctx.newRecord(EXIT_REQUEST);
            r.setMallId(mallId);
            fill(r, request);
            ctx.insertInto(EXIT_REQUEST).set(r).execute();
            return null;
        });
    }

    @Override
    public void update(ExitRequest request) {
        db.dsl(ctx -> {
            ExitRequestRecord r = ctx.selectFrom(EXIT_REQUEST).where(EXIT_REQUEST.MALL_ID.eq(mallId))
                    .and(EXIT_REQUEST.EXIT_NO.eq(request.exitNo())).fetchOne();
            if (r == null) {
                throw new IllegalStateException("exit request " + request.exitNo() + " is not stored");
            }
            fill(r, request);
            r.store();
            return null;
        });
    }

    private static void fill(ExitRequestRecord r, ExitRequest e) {
        r.setExitNo(e.exitNo());
        r.setLeaseNo(e.leaseNo().value());
        r.setMerchantNo(e.merchantNo().value());
        r.setStallNos(String.join("\t", e.stallNos().stream().map(StallNo::value).toList()));
        r.setType(e.type().name());
        r.setInitiator(e.initiator().name());
        r.setTiming(e.timing().name());
        r.setRequestedOn(e.requestedOn());
        r.setExitOn(e.exitOn());
        r.setReason(e.reason());
        r.setStatus(e.status().name());
        SettlementStatement s = e.settlement();
        r.setSDepositHeldFen(s == null ? null : s.depositHeld().fen());
        r.setSCreditFen(s == null ? null : s.credit().fen());
        r.setSArrearsFen(s == null ? null : s.arrears().fen());
        r.setSLateFeesFen(s == null ? null : s.lateFees().fen());
        r.setSDamagesFen(s == null ? null : s.damages().fen());
    }
}
