package org.mallcrm.adapters.persistence.buyer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.application.coupon.port.out.MerchantStandings;
import org.mallcrm.domain.campaign.MerchantStanding;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.stall.BusinessType;

/**
 * A merchant's standing on a day, read on every redemption with two prepared statements: the merchant's stage and
 * business type, then its leases live that day (term covering the day, not ended by an exit before it) with the
 * business types of their stalls.
 */
public final class JdbcMerchantStandings implements MerchantStandings {

    private static final String MERCHANT = "SELECT stage, business_type FROM merchant WHERE mall_id = ? AND merchant_no = ?";
    /** One row per live lease and stall (a lease without stall rows still counts, its type null). */
    private static final String LIVE = "SELECT s.business_type FROM lease l "
            + "LEFT JOIN lease_stall ls ON ls.lease_id = l.id "
            + "LEFT JOIN stall s ON s.mall_id = l.mall_id AND s.stall_no = ls.stall_no "
            + "WHERE l.mall_id = ? AND l.merchant_no = ? AND l.start_on <= ? AND l.end_on >= ? "
            + "AND (l.terminated_on IS NULL OR l.terminated_on >= ?)";

    private final Jdbc jdbc;
    private final long mallId;

    public JdbcMerchantStandings(Database db, long mallId) {
        this.jdbc = new Jdbc(db);
        this.mallId = mallId;
    }

    @Override
    public Optional<MerchantStanding> standing(MerchantNo merchant, LocalDate on) {
        return jdbc.with("read merchant " + merchant, c -> {
            PreparedStatement m = jdbc.prepared(c, MERCHANT);
            m.setLong(1, mallId);
            m.setString(2, merchant.value());
            String stage;
            SortedSet<BusinessType> types = new TreeSet<>();
            try (ResultSet rs = m.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                stage = rs.getString(1);
                if (rs.getString(2) != null) {
                    types.add(new BusinessType(rs.getString(2)));
                }
            }
            PreparedStatement live = jdbc.prepared(c, LIVE);
            live.setLong(1, mallId);
            live.setString(2, merchant.value());
            jdbc.setDate(live, 3, on);
            jdbc.setDate(live, 4, on);
            jdbc.setDate(live, 5, on);
            boolean leased = false;
            try (ResultSet rs = live.executeQuery()) {
                while (rs.next()) {
                    leased = true;
                    if (rs.getString(1) != null) {
                        types.add(new BusinessType(rs.getString(1)));
                    }
                }
            }
            boolean operating = stage.equals("OPERATING") || stage.equals("EXITING");
            return Optional.of(new MerchantStanding(merchant, operating, leased, types));
        });
    }
}
