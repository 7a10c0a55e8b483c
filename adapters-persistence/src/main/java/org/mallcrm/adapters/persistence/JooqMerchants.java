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
            for (Merchant m : merchants) {
                MerchantRecord r = ctx.newRecord(MERCHANT);
                r.setMallId(mallId);
                fill(r, m);
                long id = ctx.insertInto(MERCHANT).set(r).returningResult(MERCHANT.ID).fetchOne().value1();
                writeChildren(ctx, id, m);
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
            for (Merchant m : merchants) {
                MerchantRecord r = ctx.selectFrom(MERCHANT).where(MERCHANT.MALL_ID.eq(mallId))
                        .and(MERCHANT.MERCHANT_NO.eq(m.no().value())).fetchOne();
                if (r == null) {
                    throw new IllegalStateException("merchant " + m.no() + " is not stored");
                }
                fill(r, m);
                r.setVersion(r.getVersion() + 1);
                r.store();
                ctx.deleteFrom(MERCHANT_CONTACT).where(MERCHANT_CONTACT.MERCHANT_ID.eq(r.getId())).execute();
                ctx.deleteFrom(MERCHANT_STAGE).where(MERCHANT_STAGE.MERCHANT_ID.eq(r.getId())).execute();
                writeChildren(ctx, r.getId(), m);
            }
            return null;
        });
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

    private static void writeChildren(DSLContext ctx, long id, Merchant m) {
        long pos = 0;
        for (Contact c : m.contacts()) {
            ctx.insertInto(MERCHANT_CONTACT).set(MERCHANT_CONTACT.MERCHANT_ID, id)
                    .set(MERCHANT_CONTACT.POSITION, pos++)
                    .set(MERCHANT_CONTACT.NAME, c.name()).set(MERCHANT_CONTACT.PHONE, c.phone())
                    .set(MERCHANT_CONTACT.ROLE, c.role()).execute();
        }
        pos = 0;
        for (StageHistoryEntry e : m.stageHistory()) {
            ctx.insertInto(MERCHANT_STAGE).set(MERCHANT_STAGE.MERCHANT_ID, id).set(MERCHANT_STAGE.POSITION, pos++)
                    .set(MERCHANT_STAGE.STAGE, e.stage().name())
                    .set(MERCHANT_STAGE.ENTERED_ON, e.enteredOn())
                    .set(MERCHANT_STAGE.LEFT_ON, e.leftOn()).execute();
        }
    }
}
