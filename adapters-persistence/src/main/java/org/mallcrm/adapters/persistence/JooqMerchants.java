package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.MERCHANT;
import static org.mallcrm.adapters.persistence.jooq.Tables.MERCHANT_CONTACT;
import static org.mallcrm.adapters.persistence.jooq.Tables.MERCHANT_STAGE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mallcrm.adapters.persistence.jooq.tables.records.MerchantRecord;
import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.domain.merchant.Contact;
import org.mallcrm.domain.merchant.LeadSource;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.QualificationGrade;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.merchant.StageHistoryEntry;
import org.mallcrm.domain.stall.BusinessType;

/** Merchants of one mall in SQLite: the merchant row, its contacts in order and its stage history. */
public final class JooqMerchants implements Merchants {

    private final Database db;
    private final long mallId;

    public JooqMerchants(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public Optional<Merchant> find(MerchantNo no) {
        return Optional.ofNullable(findAll(List.of(no)).get(no));
    }

    @Override
    public Map<MerchantNo, Merchant> findAll(Collection<MerchantNo> nos) {
        if (nos.isEmpty()) {
            return Map.of();
        }
        return db.dsl(ctx -> {
            Map<MerchantNo, Merchant> result = new HashMap<>();
            List<String> keys = nos.stream().map(MerchantNo::value).distinct().toList();
            for (int i = 0; i < keys.size(); i += 500) {
                for (Merchant m : load(ctx, MERCHANT.MERCHANT_NO.in(keys.subList(i, Math.min(keys.size(), i + 500))),
                        Integer.MAX_VALUE)) {
                    result.put(m.no(), m);
                }
            }
            return result;
        });
    }

    @Override
    public List<Merchant> list(MerchantNo after, int limit) {
        Condition c = after == null ? DSL.trueCondition() : MERCHANT.MERCHANT_NO.gt(after.value());
        return db.dsl(ctx -> load(ctx, c, limit));
    }

    private List<Merchant> load(DSLContext ctx, Condition where, int limit) {
        List<MerchantRecord> rows = ctx.selectFrom(MERCHANT).where(MERCHANT.MALL_ID.eq(mallId)).and(where)
                .orderBy(MERCHANT.MERCHANT_NO).limit(limit).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Contact>> contacts = new HashMap<>();
        Map<Long, List<StageHistoryEntry>> stages = new HashMap<>();
        List<Long> ids = rows.stream().map(MerchantRecord::getId).toList();
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            ctx.selectFrom(MERCHANT_CONTACT).where(MERCHANT_CONTACT.MERCHANT_ID.in(chunk))
                    .orderBy(MERCHANT_CONTACT.MERCHANT_ID, MERCHANT_CONTACT.POSITION)
                    .forEach(r -> contacts.computeIfAbsent(r.getMerchantId(), k -> new ArrayList<>())
                            .add(new Contact(r.getName(), r.getPhone(), r.getRole())));
            ctx.selectFrom(MERCHANT_STAGE).where(MERCHANT_STAGE.MERCHANT_ID.in(chunk))
                    .orderBy(MERCHANT_STAGE.MERCHANT_ID, MERCHANT_STAGE.POSITION)
                    .forEach(r -> stages.computeIfAbsent(r.getMerchantId(), k -> new ArrayList<>())
                            .add(new StageHistoryEntry(Stage.valueOf(r.getStage()), r.getEnteredOn(),
                                    r.getLeftOn())));
        }
        List<Merchant> result = new ArrayList<>(rows.size());
        for (MerchantRecord r : rows) {
            result.add(Merchant.restore(MerchantNo.of(r.getMerchantNo()), r.getName(),
                    contacts.getOrDefault(r.getId(), List.of()),
                    r.getLeadSource() == null ? null : LeadSource.of(r.getLeadSource()),
                    r.getGrade() == null ? null : QualificationGrade.valueOf(r.getGrade()),
                    r.getBusinessType() == null ? null : new BusinessType(r.getBusinessType()), r.getProvince(),
                    stages.getOrDefault(r.getId(), List.of())));
        }
        return result;
    }

    @Override
    public void insert(Collection<Merchant> merchants) {
        if (merchants.isEmpty()) {
            return;
        }
        db.dsl(ctx -> {
            List<Merchant> all = List.copyOf(merchants);
            for (int i = 0; i < all.size(); i += CHUNK) {
                List<Merchant> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
                List<MerchantRecord> rows = new ArrayList<>(chunk.size());
                for (Merchant m : chunk) {
                    MerchantRecord r = ctx.newRecord(MERCHANT);
                    r.setMallId(mallId);
                    fill(r, m);
                    rows.add(r);
                }
                JooqRows.insert(ctx, MERCHANT, rows);
                writeChildren(ctx, ids(ctx, chunk), chunk);
            }
            return null;
        });
    }

    @Override
    public void update(Collection<Merchant> merchants) {
        if (merchants.isEmpty()) {
            return;
        }
        db.dsl(ctx -> {
            List<Merchant> all = List.copyOf(merchants);
            for (int i = 0; i < all.size(); i += CHUNK) {
                List<Merchant> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
                Map<String, MerchantRecord> stored = new HashMap<>();
                ctx.selectFrom(MERCHANT).where(MERCHANT.MALL_ID.eq(mallId))
                        .and(MERCHANT.MERCHANT_NO.in(chunk.stream().map(m -> m.no().value()).toList()))
                        .forEach(r -> stored.put(r.getMerchantNo(), r));
                Map<MerchantNo, Long> ids = new HashMap<>();
                for (Merchant m : chunk) {
                    MerchantRecord r = stored.get(m.no().value());
                    if (r == null) {
                        throw new IllegalStateException("merchant " + m.no() + " is not stored");
                    }
                    fill(r, m);
                    r.setVersion(r.getVersion() + 1);
                    r.store();
                    ids.put(m.no(), r.getId());
                }
                ctx.deleteFrom(MERCHANT_CONTACT).where(MERCHANT_CONTACT.MERCHANT_ID.in(ids.values())).execute();
                ctx.deleteFrom(MERCHANT_STAGE).where(MERCHANT_STAGE.MERCHANT_ID.in(ids.values())).execute();
                writeChildren(ctx, ids, chunk);
            }
            return null;
        });
    }

    /** Rows a statement writes at most (a multi-row insert stays under every vendor's limit of bound values). */
    private static final int CHUNK = 400;

    /** The ids of these just-inserted merchants, by number. */
    private Map<MerchantNo, Long> ids(DSLContext ctx, List<Merchant> merchants) {
        Map<MerchantNo, Long> ids = new HashMap<>();
        ctx.select(MERCHANT.MERCHANT_NO, MERCHANT.ID).from(MERCHANT).where(MERCHANT.MALL_ID.eq(mallId))
                .and(MERCHANT.MERCHANT_NO.in(merchants.stream().map(m -> m.no().value()).toList()))
                .forEach(r -> ids.put(MerchantNo.of(r.value1()), r.value2()));
        return ids;
    }

    private static void fill(MerchantRecord r, Merchant m) {
        r.setMerchantNo(m.no().value());
        r.setName(m.name());
        r.setLeadSource(m.leadSource().map(LeadSource::name).orElse(null));
        r.setGrade(m.grade().map(Enum::name).orElse(null));
        r.setBusinessType(m.businessType().map(BusinessType::name).orElse(null));
        r.setProvince(m.province().orElse(null));
        r.setStage(m.stage().name());
    }

    /** The merchants' contacts and stage history, in order: one statement for each kind. */
    private static void writeChildren(DSLContext ctx, Map<MerchantNo, Long> ids, List<Merchant> merchants) {
        var contacts = ctx.insertInto(MERCHANT_CONTACT, MERCHANT_CONTACT.MERCHANT_ID, MERCHANT_CONTACT.POSITION,
                MERCHANT_CONTACT.NAME, MERCHANT_CONTACT.PHONE, MERCHANT_CONTACT.ROLE);
        var stages = ctx.insertInto(MERCHANT_STAGE, MERCHANT_STAGE.MERCHANT_ID, MERCHANT_STAGE.POSITION,
                MERCHANT_STAGE.STAGE, MERCHANT_STAGE.ENTERED_ON, MERCHANT_STAGE.LEFT_ON);
        boolean anyContact = false;
        boolean anyStage = false;
        for (Merchant m : merchants) {
            long id = ids.get(m.no());
            long pos = 0;
            for (Contact c : m.contacts()) {
                contacts = contacts.values(id, pos++, c.name(), c.phone(), c.role());
                anyContact = true;
            }
            pos = 0;
            for (StageHistoryEntry e : m.stageHistory()) {
                stages = stages.values(id, pos++, e.stage().name(), e.enteredOn(), e.leftOn());
                anyStage = true;
            }
        }
        if (anyContact) {
            contacts.execute();
        }
        if (anyStage) {
            stages.execute();
        }
    }
}
