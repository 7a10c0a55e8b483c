package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.STALL_DOCUMENT;
import static org.mallcrm.adapters.persistence.jooq.Tables.STALL_DOCUMENT_STALL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.mallcrm.adapters.persistence.jooq.tables.records.StallDocumentRecord;
import org.mallcrm.adapters.persistence.jooq.tables.records.StallDocumentStallRecord;
import org.mallcrm.application.stall.port.out.StallDocuments;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.geometry.Axis;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.MergePriceRule;
import org.mallcrm.domain.stall.StallChange;
import org.mallcrm.domain.stall.StallDocument;
import org.mallcrm.domain.stall.StallMerge;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallRequest;
import org.mallcrm.domain.stall.StallSplit;

/**
 * Stall documents of one mall in SQLite, through jOOQ: one {@code stall_document} row with the trail and the
 * kind's own figures, and one {@code stall_document_stall} row per stall number it names.
 */
public final class JooqStallDocuments implements StallDocuments {

    private static final String FROM = "FROM";
    private static final String TO = "TO";

    private final Database db;
    private final long mallId;

    public JooqStallDocuments(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public void add(StallDocument document) {
        db.inTransaction(() -> db.dsl(ctx -> {
            StallDocumentRecord r = ctx.newRecord(STALL_DOCUMENT);
            StallRequest t = document.request();
            r.setMallId(mallId);
            r.setDocumentNo(t.documentNo());
            r.setKind(document.kind().name());
            r.setEffectiveOn(t.effectiveOn());
            r.setRequestedBy(t.requestedBy());
            r.setRequestedAt(t.requestedAt());
            r.setApprovedBy(t.approvedBy());
            r.setApprovedAt(t.approvedAt());
            List<Area> toAreas = List.of();
            switch (document) {
                case StallSplit s -> {
                    s.cut().ifPresent(c -> {
                        r.setCutAxis(c.axis().name());
                        r.setCutAtMm(c.atMm());
                    });
                    toAreas = s.childAreas();
                }
                case StallMerge m -> {
                    r.setPriceRule(m.priceRule().name());
                    r.setBaseRentFen(m.baseRent().fen());
                }
                case StallChange c -> {
                    r.setLeasableBeforeHundredths(c.leasableBefore().hundredths());
                    r.setLeasableAfterHundredths(c.leasableAfter().hundredths());
                }
            }
            long id = ctx.insertInto(STALL_DOCUMENT).set(r).returningResult(STALL_DOCUMENT.ID).fetchOne().value1();
            List<StallDocumentStallRecord> rows = new ArrayList<>();
            rows.addAll(side(ctx, id, FROM, document.from(), List.of()));
            rows.addAll(side(ctx, id, TO, document.to(), toAreas));
            JooqRows.insert(ctx, STALL_DOCUMENT_STALL, rows);
            return null;
        }));
    }

    private List<StallDocumentStallRecord> side(DSLContext ctx, long documentId, String side, List<StallNo> nos,
            List<Area> areas) {
        List<StallDocumentStallRecord> rows = new ArrayList<>(nos.size());
        for (int i = 0; i < nos.size(); i++) {
            StallDocumentStallRecord s = ctx.newRecord(STALL_DOCUMENT_STALL);
            s.setMallId(mallId);
            s.setDocumentId(documentId);
            s.setSide(side);
            s.setSeq((long) i + 1);
            s.setStallNo(nos.get(i).value());
            if (i < areas.size()) {
                s.setLeasableAreaHundredths(areas.get(i).hundredths());
            }
            rows.add(s);
        }
        return rows;
    }

    @Override
    public Optional<StallDocument> find(String documentNo) {
        return db.dsl(ctx -> load(ctx, STALL_DOCUMENT.DOCUMENT_NO.eq(documentNo)).stream().findFirst());
    }

    @Override
    public List<StallDocument> involving(Collection<StallNo> nos) {
        if (nos.isEmpty()) {
            return List.of();
        }
        return db.dsl(ctx -> {
            Set<Long> ids = new HashSet<>();
            List<String> keys = nos.stream().map(StallNo::value).distinct().toList();
            // stay well below SQLite's limit on bound parameters
            for (int i = 0; i < keys.size(); i += 500) {
                ids.addAll(ctx.selectDistinct(STALL_DOCUMENT_STALL.DOCUMENT_ID)
                        .from(STALL_DOCUMENT_STALL)
                        .where(STALL_DOCUMENT_STALL.MALL_ID.eq(mallId))
                        .and(STALL_DOCUMENT_STALL.STALL_NO.in(keys.subList(i, Math.min(keys.size(), i + 500))))
                        .fetch(STALL_DOCUMENT_STALL.DOCUMENT_ID));
            }
            if (ids.isEmpty()) {
                return List.of();
            }
            List<StallDocument> all = new ArrayList<>(ids.size());
            List<Long> idList = ids.stream().sorted().toList();
            for (int i = 0; i < idList.size(); i += 500) {
                all.addAll(load(ctx, STALL_DOCUMENT.ID.in(idList.subList(i, Math.min(idList.size(), i + 500)))));
            }
            if (idList.size() > 500) {
                // each chunk is in order; a stable sort keeps filing (id) order among ties across chunks
                all.sort(Comparator.comparing(StallDocument::effectiveOn)
                        .thenComparing(d -> d.request().approvedAt()));
            }
            return all;
        });
    }

    @Override
    public int countNumbered(String prefix) {
        return db.dsl(ctx -> ctx.fetchCount(STALL_DOCUMENT, STALL_DOCUMENT.MALL_ID.eq(mallId)
                .and(STALL_DOCUMENT.DOCUMENT_NO.startsWith(prefix))));
    }

    /** The documents matching {@code where}, in the order they took effect. */
    private List<StallDocument> load(DSLContext ctx, Condition where) {
        List<StallDocumentRecord> docs = ctx.selectFrom(STALL_DOCUMENT)
                .where(STALL_DOCUMENT.MALL_ID.eq(mallId)).and(where)
                .orderBy(STALL_DOCUMENT.EFFECTIVE_ON, STALL_DOCUMENT.APPROVED_AT, STALL_DOCUMENT.ID)
                .fetch();
        if (docs.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StallDocumentStallRecord>> stallsOf = new HashMap<>();
        ctx.selectFrom(STALL_DOCUMENT_STALL)
                .where(STALL_DOCUMENT_STALL.DOCUMENT_ID.in(docs.stream().map(StallDocumentRecord::getId).toList()))
                .orderBy(STALL_DOCUMENT_STALL.DOCUMENT_ID, STALL_DOCUMENT_STALL.SIDE, STALL_DOCUMENT_STALL.SEQ)
                .forEach(s -> stallsOf.computeIfAbsent(s.getDocumentId(), k -> new ArrayList<>()).add(s));
        List<StallDocument> result = new ArrayList<>(docs.size());
        for (StallDocumentRecord r : docs) {
            result.add(toDocument(r, stallsOf.getOrDefault(r.getId(), List.of())));
        }
        return result;
    }

    private static StallDocument toDocument(StallDocumentRecord r, List<StallDocumentStallRecord> rows) {
        List<StallNo> from = new ArrayList<>();
        List<StallNo> to = new ArrayList<>();
        List<Area> toAreas = new ArrayList<>();
        for (StallDocumentStallRecord s : rows) {
            if (FROM.equals(s.getSide())) {
                from.add(StallNo.of(s.getStallNo()));
            } else {
                to.add(StallNo.of(s.getStallNo()));
                if (s.getLeasableAreaHundredths() != null) {
                    toAreas.add(Area.ofHundredths(s.getLeasableAreaHundredths()));
                }
            }
        }
        StallRequest request = new StallRequest(r.getDocumentNo(), r.getRequestedBy(),
                r.getRequestedAt(), r.getApprovedBy(), r.getApprovedAt(),
                r.getEffectiveOn());
        return switch (StallDocument.Kind.valueOf(r.getKind())) {
            case SPLIT -> new StallSplit(from.get(0), to, toAreas,
                    r.getCutAxis() == null ? Optional.empty()
                            : Optional.of(new StallSplit.Cut(Axis.valueOf(r.getCutAxis()), r.getCutAtMm())),
                    request);
            case MERGE -> new StallMerge(from, to.get(0), MergePriceRule.valueOf(r.getPriceRule()),
                    Money.ofFen(r.getBaseRentFen()), request);
            case CHANGE -> new StallChange(from.get(0), to.get(0),
                    Area.ofHundredths(r.getLeasableBeforeHundredths()),
                    Area.ofHundredths(r.getLeasableAfterHundredths()), request);
        };
    }
}
