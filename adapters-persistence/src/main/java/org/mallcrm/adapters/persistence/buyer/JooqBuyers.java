package org.mallcrm.adapters.persistence.buyer;

import static org.mallcrm.adapters.persistence.jooq.Tables.BUYER;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.mallcrm.adapters.persistence.JooqRows;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.SqlFailure;
import org.mallcrm.adapters.persistence.jooq.tables.records.BuyerRecord;
import org.mallcrm.application.buyer.port.out.Buyers;
import org.mallcrm.application.buyer.port.out.PhoneTakenException;
import org.mallcrm.domain.buyer.Buyer;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.BuyerProfile;
import org.mallcrm.domain.buyer.Phone;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.domain.buyer.TransportMode;
import org.mallcrm.domain.stall.BusinessType;

/**
 * Registered buyers of one mall. One phone per buyer is the unique index {@code buyer_phone (mall_id, phone)}: a
 * write that would break it is undone (a savepoint) and fails as {@link PhoneTakenException} naming the holder. A
 * buyer is read on every claim (its audience traits): that read is one prepared statement.
 */
public final class JooqBuyers implements Buyers {

    private static final int CHUNK = 500;
    private static final String FIND = "SELECT buyer_id, name, phone, main_category, province, transport_mode, "
            + "registered_at_ns FROM buyer WHERE mall_id = ? AND buyer_id = ?";

    private final Database db;
    private final Jdbc jdbc;
    private final long mallId;

    public JooqBuyers(Database db, long mallId) {
        this.db = db;
        this.jdbc = new Jdbc(db);
        this.mallId = mallId;
    }

    @Override
    public Optional<Buyer> find(BuyerId id) {
        return jdbc.with("read buyer " + id, c -> {
            PreparedStatement ps = jdbc.prepared(c, FIND);
            ps.setLong(1, mallId);
            ps.setString(2, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String category = rs.getString(4);
                String province = rs.getString(5);
                String mode = rs.getString(6);
                return Optional.of(new Buyer(BuyerId.of(rs.getString(1)), new BuyerProfile(rs.getString(2),
                        new Phone(rs.getString(3)), Optional.ofNullable(category).map(BusinessType::new),
                        Optional.ofNullable(province).map(Province::valueOf),
                        Optional.ofNullable(mode).map(TransportMode::valueOf)), KeptFirstChannels.instant(rs.getLong(7))));
            }
        });
    }

    @Override
    public Map<BuyerId, Buyer> findAll(Collection<BuyerId> ids) {
        List<String> keys = ids.stream().map(BuyerId::value).distinct().toList();
        Map<BuyerId, Buyer> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        db.dsl(ctx -> {
            for (int i = 0; i < keys.size(); i += CHUNK) {
                ctx.selectFrom(BUYER).where(BUYER.MALL_ID.eq(mallId))
                        .and(BUYER.BUYER_ID.in(keys.subList(i, Math.min(keys.size(), i + CHUNK))))
                        .forEach(r -> found.put(BuyerId.of(r.getBuyerId()), toBuyer(r)));
            }
            return null;
        });
        return found;
    }

    @Override
    public Map<Phone, BuyerId> holdersOf(Collection<Phone> phones) {
        List<String> keys = phones.stream().map(Phone::value).distinct().toList();
        Map<Phone, BuyerId> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        db.dsl(ctx -> {
            for (int i = 0; i < keys.size(); i += CHUNK) {
                ctx.select(BUYER.PHONE, BUYER.BUYER_ID).from(BUYER).where(BUYER.MALL_ID.eq(mallId))
                        .and(BUYER.PHONE.in(keys.subList(i, Math.min(keys.size(), i + CHUNK))))
                        .forEach(r -> found.put(new Phone(r.value1()), BuyerId.of(r.value2())));
            }
            return null;
        });
        return found;
    }

    @Override
    public List<Buyer> list(ProfileFilter filter, BuyerId after, int limit) {
        Condition c = BUYER.MALL_ID.eq(mallId);
        if (filter.province().isPresent()) {
            c = c.and(BUYER.PROVINCE.eq(filter.province().get().name()));
        }
        if (filter.category().isPresent()) {
            c = c.and(BUYER.MAIN_CATEGORY.eq(filter.category().get().name()));
        }
        Condition where = after == null ? c : c.and(BUYER.BUYER_ID.gt(after.value()));
        return db.dsl(ctx -> ctx.selectFrom(BUYER).where(where).orderBy(BUYER.BUYER_ID).limit(Math.max(0, limit))
                .fetch(JooqBuyers::toBuyer));
    }

    @Override
    public void insert(Collection<Buyer> buyers) {
        if (buyers.isEmpty()) {
            return;
        }
        samePhoneTwice(buyers);
        writeOrExplain(buyers, () -> db.dsl(ctx -> {
            // a buyer seen in scans before it registers brings its first and last visit days
            Map<String, long[]> visits = jdbc.with("read the visits of new buyers", c -> VisitSummary.boundsFor(db, c,
                    mallId, buyers.stream().map(b -> b.id().value()).toList()));
            List<BuyerRecord> records = new ArrayList<>(buyers.size());
            for (Buyer b : buyers) {
                BuyerRecord r = ctx.newRecord(BUYER);
                r.setMallId(mallId);
                r.setBuyerId(b.id().value());
                r.setRegisteredAtNs(ScanDerived.nanos(b.registeredAt()));
                fill(r, b.profile());
                long[] days = visits.get(b.id().value());
                if (days != null) {
                    r.setFirstVisitDay(days[0]);
                    r.setLastVisitDay(days[1]);
                }
                records.add(r);
            }
            JooqRows.insert(ctx, BUYER, records);
            return null;
        }));
    }

    @Override
    public void update(Collection<Buyer> buyers) {
        if (buyers.isEmpty()) {
            return;
        }
        samePhoneTwice(buyers);
        writeOrExplain(buyers, () -> db.dsl(ctx -> {
            for (Buyer b : buyers) {
                BuyerProfile p = b.profile();
                int n = ctx.update(BUYER).set(BUYER.NAME, p.name()).set(BUYER.PHONE, p.phone().value())
                        .set(BUYER.MAIN_CATEGORY, p.mainCategory().map(BusinessType::name).orElse(null))
                        .set(BUYER.PROVINCE, p.province().map(Province::name).orElse(null))
                        .set(BUYER.TRANSPORT_MODE, p.transportMode().map(TransportMode::name).orElse(null))
                        .where(BUYER.MALL_ID.eq(mallId)).and(BUYER.BUYER_ID.eq(b.id().value())).execute();
                if (n != 1) {
                    throw new IllegalStateException("buyer " + b.id() + " is not registered");
                }
            }
            return null;
        }));
    }

    private static void samePhoneTwice(Collection<Buyer> buyers) {
        Map<Phone, BuyerId> seen = new HashMap<>();
        for (Buyer b : buyers) {
            BuyerId other = seen.putIfAbsent(b.phone(), b.id());
            if (other != null && !other.equals(b.id())) {
                throw new PhoneTakenException(b.phone(), other, null);
            }
        }
    }

    /**
     * Runs the write behind a savepoint; when a unique key refuses it, undoes it and tells a phone held by another
     * buyer (PhoneTakenException) from an id registered already.
     */
    private void writeOrExplain(Collection<Buyer> buyers, Runnable write) {
        try {
            db.inTransaction(() -> {
                write.run();
                return null;
            });
        } catch (RuntimeException e) {
            if (SqlFailure.of(e) != SqlFailure.UNIQUE) {
                throw e;
            }
            Set<BuyerId> ids = new HashSet<>();
            buyers.forEach(b -> ids.add(b.id()));
            Map<Phone, BuyerId> holders = holdersOf(buyers.stream().map(Buyer::phone).toList());
            for (Buyer b : buyers) {
                BuyerId holder = holders.get(b.phone());
                if (holder != null && !holder.equals(b.id())) {
                    throw new PhoneTakenException(b.phone(), holder, e);
                }
            }
            throw new IllegalStateException("a buyer of " + ids + " is registered already", e);
        }
    }

    private static void fill(BuyerRecord r, BuyerProfile p) {
        r.setName(p.name());
        r.setPhone(p.phone().value());
        r.setMainCategory(p.mainCategory().map(BusinessType::name).orElse(null));
        r.setProvince(p.province().map(Province::name).orElse(null));
        r.setTransportMode(p.transportMode().map(TransportMode::name).orElse(null));
    }

    static Buyer toBuyer(BuyerRecord r) {
        return new Buyer(BuyerId.of(r.getBuyerId()), new BuyerProfile(r.getName(), new Phone(r.getPhone()),
                Optional.ofNullable(r.getMainCategory()).map(BusinessType::new),
                Optional.ofNullable(r.getProvince()).map(Province::valueOf),
                Optional.ofNullable(r.getTransportMode()).map(TransportMode::valueOf)),
                KeptFirstChannels.instant(r.getRegisteredAtNs()));
    }
}
