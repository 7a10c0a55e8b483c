package org.mallcrm.adapters.persistence.buyer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.application.campaign.port.out.Campaigns;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.domain.buyer.RfmSegment;
import org.mallcrm.domain.campaign.Audience;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.CampaignOffer;
import org.mallcrm.domain.campaign.CampaignStatus;
import org.mallcrm.domain.campaign.CampaignWindow;
import org.mallcrm.domain.campaign.CouponBatch;
import org.mallcrm.domain.campaign.CouponFace;
import org.mallcrm.domain.campaign.EventOffer;
import org.mallcrm.domain.campaign.Participation;
import org.mallcrm.domain.campaign.ValidityRule;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.Percent;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.BusinessType;

/**
 * Campaigns of one mall: the campaign row (terms, status, and the counters the coupon and sign-up stores keep on
 * it) and its lists in {@code campaign_item}. A campaign is read on every claim and redemption: two prepared
 * statements. The status moves by compare-and-set ({@code UPDATE … WHERE status = ?}).
 */
public final class JdbcCampaigns implements Campaigns {

    private static final String COLUMNS = "campaign_no, name, kind, starts_at, ends_at, status, capacity, face, "
            + "threshold_fen, amount_fen, percent_bp, cap_fen, stock, per_buyer, valid_days, participation, "
            + "mall_share_bp";
    private static final String FIND = "SELECT " + COLUMNS + " FROM campaign WHERE mall_id = ? AND campaign_no = ?";
    private static final String ITEMS = "SELECT item_kind, item FROM campaign_item WHERE mall_id = ? AND campaign_no = ?";
    private static final String INSERT = "INSERT INTO campaign (mall_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (mall_id, campaign_no) DO NOTHING";
    private static final String INSERT_ITEM = "INSERT INTO campaign_item (mall_id, campaign_no, item_kind, item) "
            + "VALUES (?, ?, ?, ?)";
    private static final String CHANGE = "UPDATE campaign SET status = ? WHERE mall_id = ? AND campaign_no = ? "
            + "AND status = ?";

    private final Database db;
    private final Jdbc jdbc;
    private final long mallId;

    public JdbcCampaigns(Database db, long mallId) {
        this.db = db;
        this.jdbc = new Jdbc(db);
        this.mallId = mallId;
    }

    /** The key of a campaign kept by {@link Database#perBatch}. */
    private record Kept(long mallId, String campaignNo) {
    }

    /**
     * Inside a SQLite writer, read once and kept until something may have changed it (see {@link Database#perBatch}):
     * a claim and a redemption each read their campaign, thousands a second, and only this store writes its terms
     * ({@link #insert} and {@link #changeStatus} forget what is kept first; the counters the coupon and sign-up stores
     * move are not part of a {@link Campaign}).
     */
    @Override
    public Optional<Campaign> find(CampaignNo no) {
        return db.perBatch(new Kept(mallId, no.value()), () -> read(no));
    }

    private Optional<Campaign> read(CampaignNo no) {
        return jdbc.with("read campaign " + no, c -> {
            PreparedStatement ps = jdbc.prepared(c, FIND);
            ps.setLong(1, mallId);
            ps.setString(2, no.value());
            Row row;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                row = row(rs);
            }
            return Optional.of(row.campaign(items(c, no.value())));
        });
    }

    @Override
    public List<Campaign> list(CampaignNo after, int limit) {
        return load("SELECT " + COLUMNS + " FROM campaign WHERE mall_id = ?"
                + (after == null ? "" : " AND campaign_no > ?") + " ORDER BY campaign_no LIMIT " + Math.max(0, limit),
                ps -> {
                    if (after != null) {
                        ps.setString(2, after.value());
                    }
                });
    }

    @Override
    public List<Campaign> running(Instant at) {
        return load("SELECT " + COLUMNS + " FROM campaign WHERE mall_id = ? AND status = 'RUNNING' AND ends_at >= ? "
                + "ORDER BY campaign_no", ps -> jdbc.setInstant(ps, 2, at));
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<Campaign> load(String sql, Binder binder) {
        return jdbc.with("read campaigns", c -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, mallId);
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
            List<Campaign> campaigns = new ArrayList<>(rows.size());
            for (Row r : rows) {
                campaigns.add(r.campaign(items(c, r.no)));
            }
            return campaigns;
        });
    }

    private Map<String, List<String>> items(Connection c, String no) throws SQLException {
        PreparedStatement ps = jdbc.prepared(c, ITEMS);
        ps.setLong(1, mallId);
        ps.setString(2, no);
        Map<String, List<String>> items = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                items.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return items;
    }

    /** A campaign row as read, before its lists. */
    private record Row(String no, String name, String kind, Instant startsAt, Instant endsAt, String status,
            Long capacity, String face, Long thresholdFen, Long amountFen, Long percentBp, Long capFen, Long stock,
            Long perBuyer, Long validDays, String participation, Long mallShareBp) {

        Campaign campaign(Map<String, List<String>> items) {
            Audience audience = Audience.of(
                    set(items, "PROVINCE", Province::valueOf), set(items, "CATEGORY", BusinessType::new),
                    set(items, "SEGMENT", RfmSegment::valueOf), set(items, "CHANNEL", ChannelCode::of));
            CampaignOffer offer;
            if (kind.equals("EVENT")) {
                offer = new EventOffer(capacity == null ? OptionalInt.empty() : OptionalInt.of(capacity.intValue()));
            } else {
                CouponFace f = face.equals("AMOUNT_OFF") ? new CouponFace.AmountOff(Money.ofFen(amountFen))
                        : new CouponFace.PercentOff(new Percent(percentBp),
                                Optional.ofNullable(capFen).map(Money::ofFen));
                ValidityRule validity = validDays == null ? new ValidityRule.WholeWindow()
                        : new ValidityRule.DaysAfterClaim(validDays.intValue());
                Participation p = switch (participation) {
                    case "LISTED" -> Participation.Listed.of(set(items, "MERCHANT", MerchantNo::of));
                    case "BUSINESS_TYPES" -> Participation.OfBusinessTypes.of(set(items, "BUSINESS_TYPE",
                            BusinessType::new));
                    default -> new Participation.AllOperating();
                };
                offer = new CouponBatch(f, Money.ofFen(thresholdFen), stock.intValue(), perBuyer.intValue(), validity,
                        p, new Percent(mallShareBp));
            }
            return new Campaign(CampaignNo.of(no), name, new CampaignWindow(startsAt, endsAt), audience, offer,
                    CampaignStatus.valueOf(status));
        }

        private static <T> Set<T> set(Map<String, List<String>> items, String kind,
                java.util.function.Function<String, T> read) {
            Set<T> set = new TreeSet<>();
            for (String v : items.getOrDefault(kind, List.of())) {
                set.add(read.apply(v));
            }
            return set;
        }
    }

    private Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), jdbc.getInstant(rs, 4),
                jdbc.getInstant(rs, 5), rs.getString(6), Jdbc.getLong(rs, 7), rs.getString(8), Jdbc.getLong(rs, 9),
                Jdbc.getLong(rs, 10), Jdbc.getLong(rs, 11), Jdbc.getLong(rs, 12), Jdbc.getLong(rs, 13),
                Jdbc.getLong(rs, 14), Jdbc.getLong(rs, 15), rs.getString(16), Jdbc.getLong(rs, 17));
    }

    @Override
    public boolean insert(Campaign campaign) {
        return db.inTransaction(() -> jdbc.with("write campaign " + campaign.no(), c -> {
            db.forgetBatch();
            PreparedStatement ps = jdbc.prepared(c, INSERT);
            ps.setLong(1, mallId);
            ps.setString(2, campaign.no().value());
            ps.setString(3, campaign.name());
            ps.setString(4, campaign.kind().name());
            jdbc.setInstant(ps, 5, campaign.window().startsAt());
            jdbc.setInstant(ps, 6, campaign.window().endsAt());
            ps.setString(7, campaign.status().name());
            Long capacity = campaign.event().flatMap(e -> e.capacity().isPresent()
                    ? Optional.of((long) e.capacity().getAsInt()) : Optional.empty()).orElse(null);
            Jdbc.setLong(ps, 8, capacity);
            Optional<CouponBatch> batch = campaign.couponBatch();
            CouponFace face = batch.map(CouponBatch::face).orElse(null);
            Jdbc.setString(ps, 9, face == null ? null : face.code());
            Jdbc.setLong(ps, 10, batch.map(b -> b.threshold().fen()).orElse(null));
            Jdbc.setLong(ps, 11, face instanceof CouponFace.AmountOff a ? a.amount().fen() : null);
            Jdbc.setLong(ps, 12, face instanceof CouponFace.PercentOff p ? p.percent().basisPoints() : null);
            Jdbc.setLong(ps, 13, face instanceof CouponFace.PercentOff p ? p.cap().map(Money::fen).orElse(null) : null);
            Jdbc.setLong(ps, 14, batch.map(b -> (long) b.stock()).orElse(null));
            Jdbc.setLong(ps, 15, batch.map(b -> (long) b.perBuyer()).orElse(null));
            Jdbc.setLong(ps, 16, batch.map(b -> b.validity() instanceof ValidityRule.DaysAfterClaim d
                    ? (long) d.days() : null).orElse(null));
            Jdbc.setString(ps, 17, batch.map(b -> switch (b.participation()) {
                case Participation.AllOperating a -> "ALL_OPERATING";
                case Participation.Listed l -> "LISTED";
                case Participation.OfBusinessTypes t -> "BUSINESS_TYPES";
            }).orElse(null));
            Jdbc.setLong(ps, 18, batch.map(b -> b.mallShare().basisPoints()).orElse(null));
            if (ps.executeUpdate() != 1) {
                return false;
            }
            PreparedStatement item = jdbc.prepared(c, INSERT_ITEM);
            item.clearBatch();
            int n = 0;
            Audience a = campaign.audience();
            n += items(item, campaign, "PROVINCE", a.provinces().stream().map(Province::name).toList());
            n += items(item, campaign, "CATEGORY", a.categories().stream().map(BusinessType::name).toList());
            n += items(item, campaign, "SEGMENT", a.segments().stream().map(RfmSegment::name).toList());
            n += items(item, campaign, "CHANNEL", a.channels().stream().map(ChannelCode::value).toList());
            if (batch.isPresent() && batch.get().participation() instanceof Participation.Listed l) {
                n += items(item, campaign, "MERCHANT", l.merchants().stream().map(MerchantNo::value).toList());
            }
            if (batch.isPresent() && batch.get().participation() instanceof Participation.OfBusinessTypes t) {
                n += items(item, campaign, "BUSINESS_TYPE", t.businessTypes().stream().map(BusinessType::name)
                        .toList());
            }
            if (n > 0) {
                item.executeBatch();
            }
            return true;
        }));
    }

    private int items(PreparedStatement ps, Campaign c, String kind, List<String> values) throws SQLException {
        for (String v : values) {
            ps.setLong(1, mallId);
            ps.setString(2, c.no().value());
            ps.setString(3, kind);
            ps.setString(4, v);
            ps.addBatch();
        }
        return values.size();
    }

    @Override
    public boolean changeStatus(CampaignNo no, CampaignStatus from, CampaignStatus to) {
        return jdbc.with("change campaign " + no, c -> {
            db.forgetBatch();
            PreparedStatement ps = jdbc.prepared(c, CHANGE);
            ps.setString(1, to.name());
            ps.setLong(2, mallId);
            ps.setString(3, no.value());
            ps.setString(4, from.name());
            return ps.executeUpdate() == 1;
        });
    }
}
