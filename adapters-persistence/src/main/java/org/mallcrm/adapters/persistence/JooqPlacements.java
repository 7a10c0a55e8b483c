package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.PLACEMENT;
import static org.mallcrm.adapters.persistence.jooq.Tables.PLACEMENT_STEP;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mallcrm.adapters.persistence.jooq.tables.records.PlacementRecord;
import org.mallcrm.application.lease.port.out.Placements;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.placement.Grade;
import org.mallcrm.domain.placement.Placement;
import org.mallcrm.domain.placement.PlacementStatus;
import org.mallcrm.domain.placement.PlacementStep;
import org.mallcrm.domain.stall.StallNo;

/** Placements of one mall in SQLite, with their approval trail in order. Stall numbers are kept tab-separated. */
public final class JooqPlacements implements Placements {

    private final Database db;
    private final long mallId;

    public JooqPlacements(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public Optional<Placement> find(String placementNo) {
        return db.dsl(ctx -> load(ctx, PLACEMENT.PLACEMENT_NO.eq(placementNo), 1)).stream().findFirst();
    }

    @Override
    public List<Placement> list(String after, int limit) {
        Condition c = after == null ? DSL.trueCondition() : PLACEMENT.PLACEMENT_NO.gt(after);
        return db.dsl(ctx -> load(ctx, c, limit));
    }

    @Override
    public String nextNumber() {
        return db.dsl(ctx -> {
            int n = ctx.fetchCount(PLACEMENT, PLACEMENT.MALL_ID.eq(mallId)) + 1;
            while (ctx.fetchExists(PLACEMENT, PLACEMENT.MALL_ID.eq(mallId)
                    .and(PLACEMENT.PLACEMENT_NO.eq(String.format("P-%06d", n))))) {
                n++;
            }
            return String.format("P-%06d", n);
        });
    }

    private List<Placement> load(DSLContext ctx, Condition where, int limit) {
        List<PlacementRecord> rows = ctx.selectFrom(PLACEMENT).where(PLACEMENT.MALL_ID.eq(mallId)).and(where)
                .orderBy(PLACEMENT.PLACEMENT_NO).limit(limit).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PlacementStep>> trails = new HashMap<>();
        ctx.selectFrom(PLACEMENT_STEP).where(PLACEMENT_STEP.PLACEMENT_ID.in(rows.stream().map(PlacementRecord::getId)
                .toList())).orderBy(PLACEMENT_STEP.PLACEMENT_ID, PLACEMENT_STEP.POSITION)
                .forEach(s -> trails.computeIfAbsent(s.getPlacementId(), k -> new ArrayList<>())
                        .add(new PlacementStep(s.getFromStatus() == null ? null
                                : PlacementStatus.valueOf(s.getFromStatus()), PlacementStatus.valueOf(s.getToStatus()),
                                s.getByWhom(), s.getAt(), s.getNote())));
        List<Placement> result = new ArrayList<>();
        for (PlacementRecord r : rows) {
            result.add(new Placement(r.getPlacementNo(), MerchantNo.of(r.getMerchantNo()),
                    Arrays.stream(r.getStallNos().split("\t")).map(StallNo::of).toList(),
                    Area.ofHundredths(r.getLeasableAreaHundredths()), Money.ofFen(r.getAgreedRentFen()),
                    Grade.valueOf(r.getGrade()), PlacementStatus.valueOf(r.getStatus()),
                    trails.getOrDefault(r.getId(), List.of())));
        }
        return result;
    }

    @Override
    public void insert(Placement p) {
        db.dsl(ctx -> {
            PlacementRecord r = ctx.newRecord(PLACEMENT);
            r.setMallId(mallId);
            fill(r, p);
            long id = ctx.insertInto(PLACEMENT).set(r).returningResult(PLACEMENT.ID).fetchOne().value1();
            writeTrail(ctx, id, p);
            return null;
        });
    }

    @Override
    public void update(Placement p) {
        db.dsl(ctx -> {
            PlacementRecord r = ctx.selectFrom(PLACEMENT).where(PLACEMENT.MALL_ID.eq(mallId))
                    .and(PLACEMENT.PLACEMENT_NO.eq(p.placementNo())).fetchOne();
            if (r == null) {
                throw new IllegalStateException("placement " + p.placementNo() + " is not stored");
            }
            fill(r, p);
            r.store();
            ctx.deleteFrom(PLACEMENT_STEP).where(PLACEMENT_STEP.PLACEMENT_ID.eq(r.getId())).execute();
            writeTrail(ctx, r.getId(), p);
            return null;
        });
    }

    private static void fill(PlacementRecord r, Placement p) {
        r.setPlacementNo(p.placementNo());
        r.setMerchantNo(p.merchantNo().value());
        r.setStallNos(String.join("\t", p.stallNos().stream().map(StallNo::value).toList()));
        r.setLeasableAreaHundredths(p.leasableAreaM2().hundredths());
        r.setAgreedRentFen(p.agreedRentPerM2Month().fen());
        r.setGrade(p.grade().name());
        r.setStatus(p.status().name());
    }

    private static void writeTrail(DSLContext ctx, long id, Placement p) {
        long pos = 0;
        for (PlacementStep s : p.trail()) {
            ctx.insertInto(PLACEMENT_STEP).set(PLACEMENT_STEP.PLACEMENT_ID, id).set(PLACEMENT_STEP.POSITION, pos++)
                    .set(PLACEMENT_STEP.FROM_STATUS, s.from() == null ? null : s.from().name())
                    .set(PLACEMENT_STEP.TO_STATUS, s.to().name()).set(PLACEMENT_STEP.BY_WHOM, s.by())
                    .set(PLACEMENT_STEP.AT, s.at()).set(PLACEMENT_STEP.NOTE, s.note()).execute();
        }
    }
}
