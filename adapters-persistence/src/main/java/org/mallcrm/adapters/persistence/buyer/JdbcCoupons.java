package org.mallcrm.adapters.persistence.buyer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.Vendor;
import org.mallcrm.application.coupon.port.out.Coupons;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.DiscountSplit;
import org.mallcrm.domain.campaign.Validity;
import org.mallcrm.domain.coupon.Coupon;
import org.mallcrm.domain.coupon.CouponCode;
import org.mallcrm.domain.coupon.CouponStatus;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.coupon.RedemptionNo;
import org.mallcrm.domain.coupon.Reversal;
import org.mallcrm.domain.coupon.Reverser;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.time.MallTime;

/**
 * Coupons and redemptions of one mall, in plain JDBC with statements prepared once per connection (claims and
 * redemptions come thousands a second). Each write is atomic by the database, whatever the number of threads,
 * processes or servers, and writes nothing unless it succeeds (its statements run behind a savepoint, undone
 * together):
 * <ul>
 * <li>a claim inserts the coupon ({@code ON CONFLICT DO NOTHING}: a code taken), counts it on the buyer's holding
 * row ({@code … DO UPDATE SET held = held + 1 WHERE held < perBuyer}) and on the campaign's stock
 * ({@code UPDATE campaign SET claimed = claimed + 1 WHERE claimed < stock});</li>
 * <li>a redemption is {@code UPDATE coupon SET status = 'REDEEMED', redemptions = n WHERE status = 'ISSUED' AND
 * redemptions = n - 1} and the insert of its number (the primary key);</li>
 * <li>a reversal is {@code UPDATE redemption … WHERE reversed_at IS NULL}, then the coupon back to ISSUED.</li>
 * </ul>
 */
public final class JdbcCoupons implements Coupons {

    private static final String COUPON_COLUMNS = "code, campaign_no, buyer_id, claimed_at, valid_from_at, "
            + "valid_last_on, status, redemptions";
    private static final String REDEMPTION_COLUMNS = "redemption_no, code, campaign_no, buyer_id, merchant_no, "
            + "order_amount_fen, order_no, redeemed_at, discount_fen, mall_share_fen, merchant_share_fen, reversed_at, "
            + "reversed_by_kind, reversed_by";

    private static final String INSERT_COUPON = "INSERT INTO coupon (mall_id, " + COUPON_COLUMNS + ") "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (mall_id, code) DO NOTHING";
    private static final String HOLD = "INSERT INTO coupon_holding (mall_id, campaign_no, buyer_id, held) "
            + "VALUES (?, ?, ?, 1) ON CONFLICT (mall_id, campaign_no, buyer_id) "
            + "DO UPDATE SET held = coupon_holding.held + 1 WHERE coupon_holding.held < ?";
    private static final String TAKE_STOCK = "UPDATE campaign SET claimed = claimed + 1 "
            + "WHERE mall_id = ? AND campaign_no = ? AND claimed < ?";
    private static final String FIND_COUPON = "SELECT " + COUPON_COLUMNS + " FROM coupon WHERE mall_id = ? AND code = ?";
    private static final String REDEEM_COUPON = "UPDATE coupon SET status = 'REDEEMED', redemptions = redemptions + 1 "
            + "WHERE mall_id = ? AND code = ? AND status = 'ISSUED' AND redemptions = ?";
    private static final String INSERT_REDEMPTION = "INSERT INTO redemption (mall_id, " + REDEMPTION_COLUMNS
            + ", redeemed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (mall_id, redemption_no) DO NOTHING";
    private static final String FIND_REDEMPTION = "SELECT " + REDEMPTION_COLUMNS
            + " FROM redemption WHERE mall_id = ? AND redemption_no = ?";
    private static final String REVERSE = "UPDATE redemption SET reversed_at = ?, reversed_by_kind = ?, reversed_by = ? "
            + "WHERE mall_id = ? AND redemption_no = ? AND reversed_at IS NULL";
    private static final String REINSTATE = "UPDATE coupon SET status = 'ISSUED' WHERE mall_id = ? AND status = "
            + "'REDEEMED' AND code = (SELECT code FROM redemption WHERE mall_id = ? AND redemption_no = ?)";
    /** A standing redemption adds its order amount to its buyer's spend of the day ({@code buyer_spend_day}). */
    private static final String SPEND = "INSERT INTO buyer_spend_day (mall_id, buyer_id, spent_on, spend_fen) "
            + "VALUES (?, ?, ?, ?) ON CONFLICT (mall_id, buyer_id, spent_on) "
            + "DO UPDATE SET spend_fen = buyer_spend_day.spend_fen + excluded.spend_fen";
    /** A reversal takes it off again. */
    private static final String UNSPEND = "UPDATE buyer_spend_day SET spend_fen = spend_fen - (SELECT r.order_amount_fen "
            + "FROM redemption r WHERE r.mall_id = ? AND r.redemption_no = ?) WHERE mall_id = ? AND (buyer_id, spent_on) "
            + "= (SELECT r.buyer_id, r.redeemed_on FROM redemption r WHERE r.mall_id = ? AND r.redemption_no = ?)";
    private static final String CLAIMED = "SELECT claimed FROM campaign WHERE mall_id = ? AND campaign_no = ?";

    private final Database db;
    private final Jdbc jdbc;
    private final long mallId;

    public JdbcCoupons(Database db, long mallId) {
        this.db = db;
        this.jdbc = new Jdbc(db);
        this.mallId = mallId;
    }

    @Override
    public ClaimResult claim(Coupon coupon, int stock, int perBuyer) {
        return db.inTransaction(() -> jdbc.with("claim a coupon of " + coupon.campaign(), c -> {
            PreparedStatement insert = jdbc.prepared(c, INSERT_COUPON);
            insert.setLong(1, mallId);
            bindCoupon(insert, 2, coupon);
            if (insert.executeUpdate() != 1) {
                return ClaimResult.CODE_TAKEN;
            }
            PreparedStatement hold = jdbc.prepared(c, HOLD);
            hold.setLong(1, mallId);
            hold.setString(2, coupon.campaign().value());
            hold.setString(3, coupon.buyer().value());
            hold.setLong(4, perBuyer);
            if (hold.executeUpdate() != 1) {
                return ClaimResult.PER_BUYER_LIMIT;
            }
            PreparedStatement take = jdbc.prepared(c, TAKE_STOCK);
            take.setLong(1, mallId);
            take.setString(2, coupon.campaign().value());
            take.setLong(3, stock);
            if (take.executeUpdate() != 1) {
                return ClaimResult.OUT_OF_STOCK;
            }
            return ClaimResult.CLAIMED;
        }), r -> r == ClaimResult.CLAIMED);
    }

    private void bindCoupon(PreparedStatement ps, int from, Coupon c) throws SQLException {
        ps.setString(from, c.code().value());
        ps.setString(from + 1, c.campaign().value());
        ps.setString(from + 2, c.buyer().value());
        jdbc.setInstant(ps, from + 3, c.claimedAt());
        jdbc.setInstant(ps, from + 4, c.validity().from());
        jdbc.setDate(ps, from + 5, c.validity().lastDay());
        ps.setString(from + 6, c.status().name());
        ps.setLong(from + 7, c.redemptions());
    }

    private Coupon coupon(ResultSet rs) throws SQLException {
        return new Coupon(new CouponCode(rs.getString(1)), CampaignNo.of(rs.getString(2)), BuyerId.of(rs.getString(3)),
                jdbc.getInstant(rs, 4), new Validity(jdbc.getInstant(rs, 5), jdbc.getDate(rs, 6)),
                CouponStatus.valueOf(rs.getString(7)), (int) rs.getLong(8));
    }

    @Override
    public Optional<Coupon> find(CouponCode code) {
        return jdbc.with("read coupon " + code, c -> {
            PreparedStatement ps = jdbc.prepared(c, FIND_COUPON);
            ps.setLong(1, mallId);
            ps.setString(2, code.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(coupon(rs)) : Optional.empty();
            }
        });
    }

    @Override
    public boolean redeem(Redemption r) {
        int n = sequence(r.no());
        if (n < 1 || !RedemptionNo.of(r.code(), n).equals(r.no())) {
            return false;
        }
        return db.inTransaction(() -> jdbc.with("redeem coupon " + r.code(), c -> {
            PreparedStatement update = jdbc.prepared(c, REDEEM_COUPON);
            update.setLong(1, mallId);
            update.setString(2, r.code().value());
            update.setLong(3, n - 1L);
            if (update.executeUpdate() != 1) {
                return false;
            }
            PreparedStatement insert = jdbc.prepared(c, INSERT_REDEMPTION);
            insert.setLong(1, mallId);
            bindRedemption(insert, 2, r);
            if (insert.executeUpdate() != 1) {
                return false;
            }
            if (r.reversal().isEmpty()) {
                PreparedStatement spend = jdbc.prepared(c, SPEND);
                spend.setLong(1, mallId);
                spend.setString(2, r.buyer().value());
                jdbc.setDate(spend, 3, r.day());
                spend.setLong(4, r.orderAmount().fen());
                spend.executeUpdate();
            }
            return true;
        }), Boolean::booleanValue);
    }

    /** The n of {@code RD-<code>-<n>}; 0 when the number is not of that form. */
    private static int sequence(RedemptionNo no) {
        String v = no.value();
        int dash = v.lastIndexOf('-');
        try {
            return dash < 0 ? 0 : Integer.parseInt(v.substring(dash + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void bindRedemption(PreparedStatement ps, int from, Redemption r) throws SQLException {
        ps.setString(from, r.no().value());
        ps.setString(from + 1, r.code().value());
        ps.setString(from + 2, r.campaign().value());
        ps.setString(from + 3, r.buyer().value());
        ps.setString(from + 4, r.merchant().value());
        ps.setLong(from + 5, r.orderAmount().fen());
        Jdbc.setString(ps, from + 6, r.orderNo().orElse(null));
        jdbc.setInstant(ps, from + 7, r.redeemedAt());
        ps.setLong(from + 8, r.discount().fen());
        ps.setLong(from + 9, r.mallShare().fen());
        ps.setLong(from + 10, r.merchantShare().fen());
        jdbc.setInstant(ps, from + 11, r.reversal().map(Reversal::at).orElse(null));
        Jdbc.setString(ps, from + 12, r.reversal().map(v -> v.by().kind().name()).orElse(null));
        Jdbc.setString(ps, from + 13, r.reversal().map(v -> v.by().who()).orElse(null));
        jdbc.setDate(ps, from + 14, r.day());
    }

    private Redemption redemption(ResultSet rs) throws SQLException {
        Instant reversedAt = jdbc.getInstant(rs, 12);
        Optional<Reversal> reversal = reversedAt == null ? Optional.empty()
                : Optional.of(new Reversal(reversedAt, new Reverser(Reverser.Kind.valueOf(rs.getString(13)),
                        rs.getString(14))));
        return new Redemption(RedemptionNo.of(rs.getString(1)), new CouponCode(rs.getString(2)),
                CampaignNo.of(rs.getString(3)), BuyerId.of(rs.getString(4)), MerchantNo.of(rs.getString(5)),
                Money.ofFen(rs.getLong(6)), Optional.ofNullable(rs.getString(7)), jdbc.getInstant(rs, 8),
                new DiscountSplit(Money.ofFen(rs.getLong(9)), Money.ofFen(rs.getLong(10)), Money.ofFen(rs.getLong(11))),
                reversal);
    }

    @Override
    public Optional<Redemption> findRedemption(RedemptionNo no) {
        return jdbc.with("read redemption " + no, c -> {
            PreparedStatement ps = jdbc.prepared(c, FIND_REDEMPTION);
            ps.setLong(1, mallId);
            ps.setString(2, no.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(redemption(rs)) : Optional.empty();
            }
        });
    }

    @Override
    public boolean reverse(RedemptionNo no, Reversal reversal) {
        return db.inTransaction(() -> jdbc.with("reverse redemption " + no, c -> {
            PreparedStatement ps = jdbc.prepared(c, REVERSE);
            jdbc.setInstant(ps, 1, reversal.at());
            ps.setString(2, reversal.by().kind().name());
            ps.setString(3, reversal.by().who());
            ps.setLong(4, mallId);
            ps.setString(5, no.value());
            if (ps.executeUpdate() != 1) {
                return false;
            }
            PreparedStatement unspend = jdbc.prepared(c, UNSPEND);
            unspend.setLong(1, mallId);
            unspend.setString(2, no.value());
            unspend.setLong(3, mallId);
            unspend.setLong(4, mallId);
            unspend.setString(5, no.value());
            unspend.executeUpdate();
            PreparedStatement back = jdbc.prepared(c, REINSTATE);
            back.setLong(1, mallId);
            back.setLong(2, mallId);
            back.setString(3, no.value());
            return back.executeUpdate() == 1;
        }), Boolean::booleanValue);
    }

    @Override
    public long claimed(CampaignNo campaign) {
        return jdbc.with("count the coupons of " + campaign, c -> {
            PreparedStatement ps = jdbc.prepared(c, CLAIMED);
            ps.setLong(1, mallId);
            ps.setString(2, campaign.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    public List<Coupon> list(CouponFilter filter, Instant at, CouponCode after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COUPON_COLUMNS + " FROM coupon WHERE mall_id = ?");
        List<Object> args = new ArrayList<>();
        filter.campaign().ifPresent(c -> {
            sql.append(" AND campaign_no = ?");
            args.add(c.value());
        });
        filter.buyer().ifPresent(b -> {
            sql.append(" AND buyer_id = ?");
            args.add(b.value());
        });
        LocalDate today = MallTime.dayOf(at);
        filter.status().ifPresent(s -> {
            switch (s) {
                case REDEEMED -> sql.append(" AND status = 'REDEEMED'");
                case ISSUED -> {
                    sql.append(" AND status = 'ISSUED' AND valid_last_on >= ?");
                    args.add(today);
                }
                case EXPIRED -> {
                    sql.append(" AND status = 'ISSUED' AND valid_last_on < ?");
                    args.add(today);
                }
            }
        });
        if (after != null) {
            sql.append(" AND code > ?");
            args.add(after.value());
        }
        sql.append(" ORDER BY code LIMIT ").append(Math.max(0, limit));
        List<Coupon> found = new ArrayList<>();
        query(sql.toString(), args, rs -> found.add(coupon(rs)));
        return found;
    }

    @Override
    public List<Redemption> listRedemptions(RedemptionFilter filter, RedemptionNo after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + REDEMPTION_COLUMNS + " FROM redemption WHERE mall_id = ?");
        List<Object> args = new ArrayList<>();
        filter.merchant().ifPresent(m -> {
            sql.append(" AND merchant_no = ?");
            args.add(m.value());
        });
        filter.campaign().ifPresent(c -> {
            sql.append(" AND campaign_no = ?");
            args.add(c.value());
        });
        filter.buyer().ifPresent(b -> {
            sql.append(" AND buyer_id = ?");
            args.add(b.value());
        });
        if (after != null) {
            sql.append(" AND redemption_no > ?");
            args.add(after.value());
        }
        sql.append(" ORDER BY redemption_no LIMIT ").append(Math.max(0, limit));
        List<Redemption> found = new ArrayList<>();
        query(sql.toString(), args, rs -> found.add(redemption(rs)));
        return found;
    }

    @Override
    public void forEachCoupon(CampaignNo campaign, Consumer<Coupon> sink) {
        stream("SELECT " + COUPON_COLUMNS + " FROM coupon WHERE mall_id = ? AND campaign_no = ?", List.of(
                campaign.value()), rs -> sink.accept(coupon(rs)));
    }

    @Override
    public void forEachRedemption(CampaignNo campaign, Consumer<Redemption> sink) {
        stream("SELECT " + REDEMPTION_COLUMNS + " FROM redemption WHERE mall_id = ? AND campaign_no = ?", List.of(
                campaign.value()), rs -> sink.accept(redemption(rs)));
    }

    @Override
    public List<Redemption> redemptionsOf(MerchantNo merchant, YearMonth month) {
        List<Redemption> found = new ArrayList<>();
        query("SELECT " + REDEMPTION_COLUMNS + " FROM redemption WHERE mall_id = ? AND merchant_no = ? "
                + "AND redeemed_on BETWEEN ? AND ? ORDER BY redeemed_at, redemption_no",
                List.of(merchant.value(), month.atDay(1), month.atEndOfMonth()), rs -> found.add(redemption(rs)));
        return found;
    }

    @Override
    public List<Redemption> redemptionsIn(YearMonth month) {
        List<Redemption> found = new ArrayList<>();
        query("SELECT " + REDEMPTION_COLUMNS + " FROM redemption WHERE mall_id = ? "
                + "AND redeemed_on BETWEEN ? AND ? ORDER BY merchant_no, redeemed_at, redemption_no",
                List.of(month.atDay(1), month.atEndOfMonth()), rs -> found.add(redemption(rs)));
        return found;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> args, RowReader reader) {
        jdbc.with("read coupons", c -> {
            run(c, sql, args, reader, false);
            return null;
        });
    }

    /** Reads row by row with a cursor (PostgreSQL streams only inside a transaction). */
    private void stream(String sql, List<Object> args, RowReader reader) {
        if (db.vendor() == Vendor.POSTGRESQL && !db.inTransactionOnThisThread()) {
            db.inTransaction(Database.Isolation.READ_COMMITTED, () -> {
                stream(sql, args, reader);
                return null;
            });
            return;
        }
        jdbc.with("read coupons", c -> {
            run(c, sql, args, reader, true);
            return null;
        });
    }

    private void run(Connection c, String sql, List<Object> args, RowReader reader, boolean cursor)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (cursor) {
                ps.setFetchSize(1000);
            }
            ps.setLong(1, mallId);
            for (int i = 0; i < args.size(); i++) {
                Object a = args.get(i);
                if (a instanceof LocalDate d) {
                    jdbc.setDate(ps, i + 2, d);
                } else {
                    ps.setString(i + 2, (String) a);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }
}
