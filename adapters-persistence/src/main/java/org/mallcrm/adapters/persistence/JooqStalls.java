package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.STALL;
import static org.mallcrm.adapters.persistence.jooq.Tables.STALL_LINEAGE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mallcrm.adapters.persistence.jooq.tables.records.StallRecord;
import org.mallcrm.application.stall.port.in.StallFilter;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.geometry.Polygon;
import org.mallcrm.domain.geometry.Wkt;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.BusinessType;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallStatus;

/** Stalls of one mall in SQLite, through jOOQ. Lineage lives in {@code stall_lineage}. */
public final class JooqStalls implements Stalls {

    private final Database db;
    private final long mallId;

    public JooqStalls(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public Optional<Stall> find(StallNo no) {
        return Optional.ofNullable(findAll(List.of(no)).get(no));
    }

    @Override
    public Map<StallNo, Stall> findAll(Collection<StallNo> nos) {
        if (nos.isEmpty()) {
            return Map.of();
        }
        return db.dsl(ctx -> {
            Map<StallNo, Stall> result = new HashMap<>();
            List<String> keys = nos.stream().map(StallNo::value).toList();
            // stay well below SQLite's limit on bound parameters
            for (int i = 0; i < keys.size(); i += 500) {
                List<String> chunk = keys.subList(i, Math.min(keys.size(), i + 500));
                for (Stall s : load(ctx, STALL.STALL_NO.in(chunk))) {
                    result.put(s.no(), s);
                }
            }
            return result;
        });
    }

    @Override
    public List<Stall> activeOnFloor(String floor) {
        return db.dsl(ctx -> load(ctx, STALL.FLOOR.eq(floor)
                .and(STALL.STATUS.notIn(StallStatus.SPLIT.name(), StallStatus.MERGED.name()))));
    }

    @Override
    public List<String> floors() {
        return db.dsl(ctx -> ctx.selectDistinct(STALL.FLOOR).from(STALL).where(STALL.MALL_ID.eq(mallId))
                .and(STALL.STATUS.notIn(StallStatus.SPLIT.name(), StallStatus.MERGED.name()))
                .fetch(STALL.FLOOR)).stream().sorted(org.mallcrm.domain.stall.Floors.ORDER).toList();
    }

    @Override
    public List<Stall> list(StallFilter filter, StallNo after, int limit) {
        Condition c = DSL.trueCondition();
        if (filter.floor().isPresent()) {
            c = c.and(STALL.FLOOR.eq(filter.floor().get()));
        }
        if (filter.status().isPresent()) {
            c = c.and(STALL.STATUS.eq(filter.status().get().name()));
        }
        if (filter.businessType().isPresent()) {
            c = c.and(STALL.BUSINESS_TYPE.eq(filter.businessType().get().name()));
        }
        if (after != null) {
            c = c.and(STALL.STALL_NO.gt(after.value()));
        }
        Condition where = c;
        return db.dsl(ctx -> load(ctx, where, limit));
    }

    private List<Stall> load(DSLContext ctx, Condition where) {
        return load(ctx, where, Integer.MAX_VALUE);
    }

    private List<Stall> load(DSLContext ctx, Condition where, int limit) {
        List<StallRecord> rows = ctx.selectFrom(STALL)
                .where(STALL.MALL_ID.eq(mallId)).and(where)
                .orderBy(STALL.STALL_NO)
                .limit(limit)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<StallNo>> parents = new HashMap<>();
        Map<String, List<StallNo>> children = new HashMap<>();
        List<String> nos = rows.stream().map(StallRecord::getStallNo).toList();
        for (int i = 0; i < nos.size(); i += 400) {
            List<String> chunk = nos.subList(i, Math.min(nos.size(), i + 400));
            ctx.selectFrom(STALL_LINEAGE)
                    .where(STALL_LINEAGE.MALL_ID.eq(mallId))
                    .and(STALL_LINEAGE.PARENT_NO.in(chunk).or(STALL_LINEAGE.CHILD_NO.in(chunk)))
                    .orderBy(STALL_LINEAGE.PARENT_NO, STALL_LINEAGE.CHILD_NO)
                    .forEach(l -> {
                        children.computeIfAbsent(l.getParentNo(), k -> new ArrayList<>()).add(StallNo.of(l.getChildNo()));
                        parents.computeIfAbsent(l.getChildNo(), k -> new ArrayList<>()).add(StallNo.of(l.getParentNo()));
                    });
        }
        List<Stall> result = new ArrayList<>(rows.size());
        for (StallRecord r : rows) {
            result.add(toStall(r, parents.getOrDefault(r.getStallNo(), List.of()),
                    children.getOrDefault(r.getStallNo(), List.of())));
        }
        return result;
    }

    private static Stall toStall(StallRecord r, List<StallNo> parents, List<StallNo> children) {
        return new Stall(StallNo.of(r.getStallNo()), r.getFloor(), r.getZone(), new BusinessType(r.getBusinessType()),
                Wkt.parsePolygon(r.getOutlineWkt()), Area.ofHundredths(r.getLeasableAreaHundredths()),
                Money.ofFen(r.getBaseRentFen()), StallStatus.valueOf(r.getStatus()), parents, children);
    }

    @Override
    public void insert(Collection<Stall> stalls) {
        if (stalls.isEmpty()) {
            return;
        }
        db.dsl(ctx -> {
            List<StallRecord> records = new ArrayList<>(stalls.size());
            for (Stall s : stalls) {
                StallRecord r = ctx.newRecord(STALL);
                r.setMallId(mallId);
                fill(r, s);
                records.add(r);
            }
            JooqRows.insert(ctx, STALL, records);
            writeLineage(ctx, stalls);
            return null;
        });
    }

    @Override
    public void update(Collection<Stall> stalls) {
        if (stalls.isEmpty()) {
            return;
        }
        db.dsl(ctx -> {
            for (Stall s : stalls) {
                StallRecord r = ctx.newRecord(STALL);
                fill(r, s);
                int n = ctx.update(STALL).set(r).set(STALL.VERSION, STALL.VERSION.plus(1))
                        .where(STALL.MALL_ID.eq(mallId)).and(STALL.STALL_NO.eq(s.no().value()))
                        .execute();
                if (n != 1) {
                    throw new IllegalStateException("stall " + s.no() + " is not stored");
                }
            }
            writeLineage(ctx, stalls);
            return null;
        });
    }

    @Override
    public void renumber(StallNo from, Stall renumbered) {
        db.inTransaction(() -> db.dsl(ctx -> {
            StallRecord r = ctx.newRecord(STALL);
            fill(r, renumbered);
            int n = ctx.update(STALL).set(r).set(STALL.VERSION, STALL.VERSION.plus(1))
                    .where(STALL.MALL_ID.eq(mallId)).and(STALL.STALL_NO.eq(from.value()))
                    .execute();
            if (n != 1) {
                throw new IllegalStateException("stall " + from + " is not stored");
            }
            ctx.update(STALL_LINEAGE).set(STALL_LINEAGE.PARENT_NO, renumbered.no().value())
                    .where(STALL_LINEAGE.MALL_ID.eq(mallId)).and(STALL_LINEAGE.PARENT_NO.eq(from.value()))
                    .execute();
            ctx.update(STALL_LINEAGE).set(STALL_LINEAGE.CHILD_NO, renumbered.no().value())
                    .where(STALL_LINEAGE.MALL_ID.eq(mallId)).and(STALL_LINEAGE.CHILD_NO.eq(from.value()))
                    .execute();
            writeLineage(ctx, List.of(renumbered));
            return null;
        }));
    }

    private void writeLineage(DSLContext ctx, Collection<Stall> stalls) {
        Map<String, String> links = new LinkedHashMap<>();
        for (Stall s : stalls) {
            for (StallNo p : s.parents()) {
                links.put(p.value() + "\u0000" + s.no().value(), p.value());
            }
            for (StallNo c : s.children()) {
                links.put(s.no().value() + "\u0000" + c.value(), s.no().value());
            }
        }
        for (String key : links.keySet()) {
            String[] pc = key.split("\u0000");
            ctx.insertInto(STALL_LINEAGE, STALL_LINEAGE.MALL_ID, STALL_LINEAGE.PARENT_NO, STALL_LINEAGE.CHILD_NO)
                    .values(mallId, pc[0], pc[1])
                    .onConflictDoNothing()
                    .execute();
        }
    }

    private static void fill(StallRecord r, Stall s) {
        Polygon o = s.outline();
        r.setStallNo(s.no().value());
        r.setFloor(s.floor());
        r.setZone(s.zone());
        r.setBusinessType(s.businessType().name());
        r.setOutlineWkt(o.toWkt());
        r.setMinX(o.minX());
        r.setMinY(o.minY());
        r.setMaxX(o.maxX());
        r.setMaxY(o.maxY());
        r.setLeasableAreaHundredths(s.leasableArea().hundredths());
        r.setBaseRentFen(s.baseRent().fen());
        r.setStatus(s.status().name());
    }
}
