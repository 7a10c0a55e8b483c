package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.MERCHANT_REQUEST;
import static org.mallcrm.adapters.persistence.jooq.Tables.MERCHANT_REQUEST_TRAIL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mallcrm.adapters.persistence.jooq.tables.records.MerchantRequestRecord;
import org.mallcrm.application.request.port.out.MerchantRequests;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.StaffId;
import org.mallcrm.domain.request.Actor;
import org.mallcrm.domain.request.Feedback;
import org.mallcrm.domain.request.OvertimeRequest;
import org.mallcrm.domain.request.RepairRequest;
import org.mallcrm.domain.request.RequestNo;
import org.mallcrm.domain.request.TrailEntry;
import org.mallcrm.domain.stall.StallNo;

/**
 * Merchants' requests of one mall in SQLite: one row per request (the kinds share a table, unused columns NULL)
 * and its trail in order. Saving replaces the row's state and rewrites the trail.
 */
public final class JooqMerchantRequests implements MerchantRequests {

    private static final String OVERTIME = "OVERTIME";
    private static final String REPAIR = "REPAIR";
    private static final String FEEDBACK = "FEEDBACK";

    private final Database db;
    private final long mallId;

    public JooqMerchantRequests(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public RequestNo nextNumber(String prefix) {
        long n = db.dsl(ctx -> ctx.select(DSL.count()).from(MERCHANT_REQUEST).where(MERCHANT_REQUEST.MALL_ID.eq(mallId))
                .fetchOne(0, Long.class));
        return RequestNo.of(String.format("%s-%06d", prefix, n + 1));
    }

    private record Row(String kind, RequestNo no, MerchantNo merchant, StallNo stall, String status, LocalDate on,
            LocalTime from, LocalTime to, String category, String body, String urgency, StaffId assignee,
            String outcome, List<TrailEntry> trail) {
    }

    @Override
    public void save(OvertimeRequest r) {
        write(new Row(OVERTIME, r.no(), r.merchant(), r.stall(), r.status().name(), r.date(), r.from(), r.to(), null,
                r.reason(), null, null, r.decisionNote(), r.trail()));
    }

    @Override
    public void save(RepairRequest r) {
        write(new Row(REPAIR, r.no(), r.merchant(), r.stall(), r.status().name(), null, null, null, r.category(),
                r.description(), r.urgency().name(), r.assignee(), r.resolution(), r.trail()));
    }

    @Override
    public void save(Feedback r) {
        write(new Row(FEEDBACK, r.no(), r.merchant(), r.stall(), r.status().name(), null, null, null, r.category(),
                r.text(), null, null, r.answer(), r.trail()));
    }

    private void write(Row row) {
        db.dsl(ctx -> {
            MerchantRequestRecord r = ctx.selectFrom(MERCHANT_REQUEST).where(MERCHANT_REQUEST.MALL_ID.eq(mallId))
                    .and(MERCHANT_REQUEST.REQUEST_NO.eq(row.no().value())).fetchOne();
            boolean fresh = r == null;
            if (fresh) {
                r = ctx.newRecord(MERCHANT_REQUEST);
                r.setMallId(mallId);
                r.setRequestNo(row.no().value());
                r.setKind(row.kind());
            } else if (!r.getKind().equals(row.kind())) {
                throw new IllegalStateException("request " + row.no() + " is a " + r.getKind() + ", not " + row.kind());
            }
            r.setMerchantNo(row.merchant().value());
            r.setStallNo(row.stall() == null ? null : row.stall().value());
            r.setStatus(row.status());
            r.setOnDay(row.on());
            r.setFromTime(row.from() == null ? null : row.from().toString());
            r.setToTime(row.to() == null ? null : row.to().toString());
            r.setCategory(row.category());
            r.setBody(row.body());
            r.setUrgency(row.urgency());
            r.setAssignee(row.assignee() == null ? null : row.assignee().value());
            r.setOutcomeNote(row.outcome());
            long id;
            if (fresh) {
                id = ctx.insertInto(MERCHANT_REQUEST).set(r).returningResult(MERCHANT_REQUEST.ID).fetchOne().value1();
            } else {
                r.store();
                id = r.getId();
            }
            ctx.deleteFrom(MERCHANT_REQUEST_TRAIL).where(MERCHANT_REQUEST_TRAIL.REQUEST_ID.eq(id)).execute();
            long pos = 0;
            for (TrailEntry t : row.trail()) {
                boolean staff = t.who() instanceof Actor.Staff;
                ctx.insertInto(MERCHANT_REQUEST_TRAIL).set(MERCHANT_REQUEST_TRAIL.REQUEST_ID, id)
                        .set(MERCHANT_REQUEST_TRAIL.POSITION, pos++)
                        .set(MERCHANT_REQUEST_TRAIL.ACTOR_KIND, staff ? "STAFF" : "MERCHANT")
                        .set(MERCHANT_REQUEST_TRAIL.ACTOR, staff ? ((Actor.Staff) t.who()).id().value()
                                : ((Actor.Merchant) t.who()).no().value())
                        .set(MERCHANT_REQUEST_TRAIL.WHAT, t.what()).set(MERCHANT_REQUEST_TRAIL.AT, t.when())
                        .execute();
            }
            return null;
        });
    }

    private <T> List<T> load(String kind, Condition where, BiFunction<MerchantRequestRecord, List<TrailEntry>, T> make) {
        return db.dsl(ctx -> {
            List<MerchantRequestRecord> rows = ctx.selectFrom(MERCHANT_REQUEST).where(MERCHANT_REQUEST.MALL_ID.eq(mallId))
                    .and(MERCHANT_REQUEST.KIND.eq(kind)).and(where).orderBy(MERCHANT_REQUEST.REQUEST_NO).fetch();
            Map<Long, List<TrailEntry>> trails = trails(ctx, rows.stream().map(MerchantRequestRecord::getId).toList());
            List<T> out = new ArrayList<>(rows.size());
            for (MerchantRequestRecord r : rows) {
                out.add(make.apply(r, trails.getOrDefault(r.getId(), List.of())));
            }
            return out;
        });
    }

    private static Map<Long, List<TrailEntry>> trails(DSLContext ctx, List<Long> ids) {
        Map<Long, List<TrailEntry>> trails = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 500) {
            ctx.selectFrom(MERCHANT_REQUEST_TRAIL)
                    .where(MERCHANT_REQUEST_TRAIL.REQUEST_ID.in(ids.subList(i, Math.min(ids.size(), i + 500))))
                    .orderBy(MERCHANT_REQUEST_TRAIL.REQUEST_ID, MERCHANT_REQUEST_TRAIL.POSITION)
                    .forEach(t -> trails.computeIfAbsent(t.getRequestId(), k -> new ArrayList<>())
                            .add(new TrailEntry(t.getActorKind().equals("STAFF") ? Actor.staff(StaffId.of(t.getActor()))
                                    : Actor.merchant(MerchantNo.of(t.getActor())), t.getWhat(), t.getAt())));
        }
        return trails;
    }

    private static StallNo stall(MerchantRequestRecord r) {
        return r.getStallNo() == null ? null : StallNo.of(r.getStallNo());
    }

    private static OvertimeRequest overtime(MerchantRequestRecord r, List<TrailEntry> trail) {
        return new OvertimeRequest(RequestNo.of(r.getRequestNo()), MerchantNo.of(r.getMerchantNo()), stall(r),
                r.getOnDay(), LocalTime.parse(r.getFromTime()), LocalTime.parse(r.getToTime()),
                r.getBody(), OvertimeRequest.Status.valueOf(r.getStatus()), r.getOutcomeNote(), trail);
    }

    private static RepairRequest repair(MerchantRequestRecord r, List<TrailEntry> trail) {
        return new RepairRequest(RequestNo.of(r.getRequestNo()), MerchantNo.of(r.getMerchantNo()), stall(r),
                r.getCategory(), r.getBody(), RepairRequest.Urgency.valueOf(r.getUrgency()),
                RepairRequest.Status.valueOf(r.getStatus()), r.getAssignee() == null ? null : StaffId.of(r.getAssignee()),
                r.getOutcomeNote(), trail);
    }

    private static Feedback feedback(MerchantRequestRecord r, List<TrailEntry> trail) {
        return new Feedback(RequestNo.of(r.getRequestNo()), MerchantNo.of(r.getMerchantNo()), stall(r), r.getCategory(),
                r.getBody(), Feedback.Status.valueOf(r.getStatus()), r.getOutcomeNote(), trail);
    }

    private static Condition byNo(RequestNo no) {
        return MERCHANT_REQUEST.REQUEST_NO.eq(no.value());
    }

    private static Condition byMerchant(MerchantNo m) {
        return m == null ? DSL.trueCondition() : MERCHANT_REQUEST.MERCHANT_NO.eq(m.value());
    }

    @Override
    public Optional<OvertimeRequest> overtime(RequestNo no) {
        return load(OVERTIME, byNo(no), JooqMerchantRequests::overtime).stream().findFirst();
    }

    @Override
    public Optional<RepairRequest> repair(RequestNo no) {
        return load(REPAIR, byNo(no), JooqMerchantRequests::repair).stream().findFirst();
    }

    @Override
    public Optional<Feedback> feedback(RequestNo no) {
        return load(FEEDBACK, byNo(no), JooqMerchantRequests::feedback).stream().findFirst();
    }

    @Override
    public List<OvertimeRequest> overtimes(MerchantNo merchant) {
        return load(OVERTIME, byMerchant(merchant), JooqMerchantRequests::overtime);
    }

    @Override
    public List<RepairRequest> repairs(MerchantNo merchant) {
        return load(REPAIR, byMerchant(merchant), JooqMerchantRequests::repair);
    }

    @Override
    public List<Feedback> feedbacks(MerchantNo merchant) {
        return load(FEEDBACK, byMerchant(merchant), JooqMerchantRequests::feedback);
    }
}
